using System.Net;
using System.Net.Sockets;
using TechPact.Host.Web;

namespace TechPact.Web.Tests.Fixtures;

/// <summary>A server bound to every interface with --public and a known instructor password. Tests
/// reach it only through loopback: as 127.0.0.1, and as 127.0.0.2/.3 standing in for students'
/// machines (on Linux the whole 127.0.0.0/8 is this machine).</summary>
public sealed class PublicServerFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    private NegotiationServer? _server;

    public NegotiationServer Server => _server ?? throw new InvalidOperationException("Server not started.");
    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _server = await NegotiationServer.StartAsync(new ServerOptions("http://0.0.0.0:0", Repo.Scenarios)
        {
            Public = true, InstructorPassword = Password,
        });
        Port = new Uri(_server.Urls.Single()).Port;
    }

    /// <summary>A client whose connections leave from <paramref name="from"/> and go to <paramref name="to"/>,
    /// so the server sees that client address (the rate limiter counts per address).</summary>
    public HttpClient Client(string to = "127.0.0.1", string from = "127.0.0.1", CookieContainer? cookies = null) =>
        new(Handler(from, cookies)) { BaseAddress = new Uri($"http://{to}:{Port}"), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A handler whose connections leave from <paramref name="from"/> (for HTTP clients and WebSockets alike).</summary>
    public static SocketsHttpHandler Handler(string from, CookieContainer? cookies = null)
    {
        return new SocketsHttpHandler
        {
            UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }

    /// <summary>A client that has logged in as the instructor (its cookie container holds the login).</summary>
    public async Task<HttpClient> InstructorAsync(string to = "127.0.0.1")
    {
        var http = Client(to, cookies: new CookieContainer());
        using var login = await http.PostAsync("/api/login", Json($"{{\"password\": \"{Password}\"}}"));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return http;
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PublicServerCollection : ICollectionFixture<PublicServerFixture>
{
    public const string Name = "public server";
}
