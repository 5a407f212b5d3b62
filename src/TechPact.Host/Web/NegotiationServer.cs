using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Orleans.Dashboard;
using TechPact.Host.Web.Agents;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web;

/// <summary>One ASP.NET Core process hosting the silo, the Orleans Dashboard (/dashboard), the
/// live page (/), the classroom and the API (/api): what `techpact serve` and `run --dashboard`
/// start. The security around them (Web/Security) is wired here, in front of every endpoint.</summary>
public sealed class NegotiationServer : IAsyncDisposable
{
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
    /// listen address beyond loopback without <see cref="ServerOptions.Public"/>, user info in a URL…).</exception>
    public static async Task<NegotiationServer> StartAsync(ServerOptions options, CancellationToken cancellation = default)
    {
        var (parsed, problem) = ListenAddresses.Parse(options.Urls, options.Public);
        if (parsed is not { } listen) throw new ArgumentException($"--urls: {problem}", nameof(options));
        if (listen.Any(l => l.Https) && options.Certificate is null)
            throw new ArgumentException("--urls: an https:// address needs a certificate (--https-certificate)", nameof(options));
        var password = options.Public ? options.InstructorPassword ?? ServerAccess.GeneratePassword() : null;
        return await FreePorts.StartOnAsync(async ports =>
        {
            var app = Build(options, listen, password, ports);
            try
            {
                await app.StartAsync(cancellation);
                return new NegotiationServer(app, new IPEndPoint(options.Backing.Advertise, ports.Gateway), password);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }, options.SiloPort, options.GatewayPort);
    }

    private static WebApplication Build(ServerOptions options, IReadOnlyList<ListenAddress> listen, string? password, SiloPorts ports)
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
            silo.AddTechPact(new TechPactSiloOptions
            {
                Backing = options.Backing,
                AgentsFrom = options.RunsAgents ? Environment.CurrentDirectory : null,
            });
            options.Backing.Join(silo, ports, TechPactSilo.ServeClusterId);
            // The trace view streams the silo's log to the page; nobody watching a class needs it.
            silo.AddDashboard(dashboard => dashboard.HideTrace = true);
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
