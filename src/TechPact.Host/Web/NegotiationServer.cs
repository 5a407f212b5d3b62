using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using TechPact.Grains.Telemetry;
using TechPact.Host.Silo;
using TechPact.Host.Web.Agents;
using TechPact.Host.Web.Api;
using TechPact.Host.Web.Classroom;
using TechPact.Host.Web.Library;
using TechPact.Host.Web.Live;
using TechPact.Host.Web.Security;
using TechPact.Scenarios.Limits;
using TechPact.Host.Web.Seats;

namespace TechPact.Host.Web;

/// <param name="Urls">Where the web UI, the API and the dashboard listen: IP addresses or
/// localhost; beyond loopback only with <see cref="Public"/>.</param>
/// <param name="GatewayPort">The Orleans gateway `run --connect` talks to; null: a free port.</param>
public sealed record ServeOptions(string Urls = ServeOptions.DefaultUrls, string ScenariosFolder = "scenarios", int? GatewayPort = null)
{
    /// <summary>Grain state and membership: embedded (default) or Redis (--redis), and the address this silo advertises.</summary>
    public ClusterBacking Backing { get; init; } = ClusterBacking.Embedded;

    /// <summary>The port silos talk to each other on (--silo-port); null: a free port.</summary>
    public int? SiloPort { get; init; }

    /// <summary>On the room's network on purpose (--public, --listen): listening beyond loopback is
    /// allowed, and everything but a student's own seat needs the instructor's login.</summary>
    public bool Public { get; init; }

    /// <summary>The instructor's password on a public server; null: one is generated (and printed).</summary>
    public string? InstructorPassword { get; init; }

    /// <summary>Names the server answers to besides its addresses (--host), e.g. a reverse proxy's.</summary>
    public IReadOnlyList<string> HostNames { get; init; } = [];

    /// <summary>A reverse proxy whose X-Forwarded-* headers are believed (--trust-proxy).</summary>
    public IPAddress? TrustedProxy { get; init; }

    /// <summary>The certificate for https:// addresses (--https-certificate).</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Whether this silo starts agent programs: only for `run --dashboard`, whose user named them.
    /// `serve` never does, so nothing a browser or an agent sends can make it run a command.</summary>
    public bool RunsAgents { get; init; }

    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>--public without --urls: every interface, on the usual port.</summary>
    public const string PublicUrls = "http://*:5000";
}

/// <summary>One ASP.NET Core process hosting the silo, the Orleans Dashboard (/dashboard), the
/// live page (/), the classroom and the API (/api): what `techpact serve` and `run --dashboard`
/// start. The security around them (Web/Security) is wired here, in front of every endpoint.</summary>
public sealed class NegotiationServer : IAsyncDisposable
{
    /// <summary>Cluster and service ids a `run --connect` client must present to the gateway.</summary>
    public const string ClusterId = "techpact-serve";
    public const string ServiceId = "techpact";

    private const int StartAttempts = 3;
    private readonly WebApplication _app;

    private NegotiationServer(WebApplication app, IPEndPoint gateway, string? password)
    {
        _app = app;
        Gateway = gateway;
        InstructorPassword = password;
        Urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        Addresses = app.Services.GetRequiredService<ServerAddresses>();
        Addresses.Update(Urls);
    }

    /// <summary>The addresses actually bound (port 0 in the options becomes the real port here).</summary>
    public IReadOnlyList<string> Urls { get; }

    /// <summary>Where this machine and other machines reach the server.</summary>
    public ServerAddresses Addresses { get; }

    /// <summary>The instructor's password when the server is public, else null.</summary>
    public string? InstructorPassword { get; }

    public IPEndPoint Gateway { get; }
    public IServiceProvider Services => _app.Services;
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <exception cref="ArgumentException">The options ask for something the server refuses (a
    /// listen address beyond loopback without <see cref="ServeOptions.Public"/>, user info in a URL…).</exception>
    public static async Task<NegotiationServer> StartAsync(ServeOptions options, CancellationToken cancellation = default)
    {
        var (parsed, problem) = ListenAddresses.Parse(options.Urls, options.Public);
        if (parsed is not { } listen) throw new ArgumentException($"--urls: {problem}", nameof(options));
        if (listen.Any(l => l.Https) && options.Certificate is null)
            throw new ArgumentException("--urls: an https:// address needs a certificate (--https-certificate)", nameof(options));
        var password = options.Public ? options.InstructorPassword ?? ServerAccess.GeneratePassword() : null;
        for (var attempt = 1; ; attempt++)
        {
            var ports = FreePorts.Take(2);
            var gateway = new IPEndPoint(options.Backing.Advertise, options.GatewayPort ?? ports[1]);
            var app = Build(options, listen, password, options.SiloPort ?? ports[0], gateway.Port);
            try
            {
                await app.StartAsync(cancellation);
                return new NegotiationServer(app, gateway, password);
            }
            catch (Exception e) when (attempt < StartAttempts && options.GatewayPort is null && options.SiloPort is null && e is OrleansException or SocketException)
            {
                // Another process took a free port between asking and binding: try fresh ones.
                await app.DisposeAsync();
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
    }

    private static WebApplication Build(ServeOptions options, IReadOnlyList<ListenAddress> listen, string? password, int siloPort, int gatewayPort)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        if (listen.Any(l => l.Https)) builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            ListenAddresses.Apply(kestrel, listen, https => https.UseHttps(options.Certificate!));
            kestrel.Limits.MaxRequestBodySize = InputLimits.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Logging.ClearProviders()
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Error)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo =>
        {
            options.Backing.Apply(silo, siloPort, gatewayPort, ServiceId, ClusterId);
            // The trace view streams the silo's log to the page; nobody watching a class needs it.
            silo.AddDashboard(dashboard => dashboard.HideTrace = true);
            silo.Services.AddNegotiationMetrics();
        });
        var addresses = new ServerAddresses();
        var access = new ServerAccess(options.Public, password, [Dns.GetHostName(), .. options.HostNames], addresses, options.TrustedProxy);
        builder.Services.AddSingleton(addresses);
        builder.Services.AddServerSecurity(access);
        builder.Services.AddSingleton(new ScenarioLibrary(options.ScenariosFolder));
        builder.Services.AddSingleton<LiveSummits>();
        builder.Services.AddSingleton<SummitLauncher>();
        // After UseOrleans, so the silo is up when it subscribes.
        builder.Services.AddHostedService<SummitWatching>();
        builder.Services.AddSingleton(options.Backing);
        if (options.RunsAgents) builder.Services.AddSingleton(new Grains.Seats.AgentProcesses(Environment.CurrentDirectory));
        builder.Services.AddHostedService<SummitKeeping>();

        var app = builder.Build();
        app.UseServerSecurity(access);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapOrleansDashboard("/dashboard");
        app.MapAgentEndpoint();
        app.MapClassroom();
        app.MapLiveSeats();
        app.MapSummitApi();
        app.MapLivePages();
        app.MapHealth();
        app.MapInstructorLogin();
        app.MapJoinQr();
        return app;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await _app.StopAsync(timeout.Token); }
        catch (OperationCanceledException) { }
        await _app.DisposeAsync();
    }
}
