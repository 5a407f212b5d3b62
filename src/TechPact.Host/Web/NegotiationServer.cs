using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
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
using TechPact.Host.Web.Seats;

namespace TechPact.Host.Web;

/// <param name="Urls">Where the web UI, the API and the dashboard listen; loopback only.</param>
/// <param name="GatewayPort">The Orleans gateway `run --connect` talks to; null: a free port.</param>
public sealed record ServeOptions(string Urls = ServeOptions.DefaultUrls, string ScenariosFolder = "scenarios", int? GatewayPort = null)
{
    /// <summary>Grain state and membership: embedded (default) or Redis (--redis).</summary>
    public ClusterBacking Backing { get; init; } = ClusterBacking.Embedded;

    /// <summary>Whether this silo starts agent programs: only for `run --dashboard`, whose user named them.
    /// `serve` never does, so nothing a browser or an agent sends can make it run a command.</summary>
    public bool RunsAgents { get; init; }

    public const string DefaultUrls = "http://127.0.0.1:5000";
}

/// <summary>One ASP.NET Core process hosting the silo, the Orleans Dashboard (/dashboard), the
/// live page (/) and the API (/api): what `techpact serve` and `run --dashboard` start.</summary>
public sealed class NegotiationServer : IAsyncDisposable
{
    /// <summary>Cluster and service ids a `run --connect` client must present to the gateway.</summary>
    public const string ClusterId = "techpact-serve";
    public const string ServiceId = "techpact";

    private const int StartAttempts = 3;
    private readonly WebApplication _app;

    private NegotiationServer(WebApplication app, IPEndPoint gateway)
    {
        _app = app;
        Gateway = gateway;
        Urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }

    /// <summary>The addresses actually bound (port 0 in the options becomes the real port here).</summary>
    public IReadOnlyList<string> Urls { get; }
    public IPEndPoint Gateway { get; }
    public IServiceProvider Services => _app.Services;
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<NegotiationServer> StartAsync(ServeOptions options, CancellationToken cancellation = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ports = FreePorts.Take(2);
            var gateway = new IPEndPoint(IPAddress.Loopback, options.GatewayPort ?? ports[1]);
            var app = Build(options, ports[0], gateway.Port);
            try
            {
                await app.StartAsync(cancellation);
                return new NegotiationServer(app, gateway);
            }
            catch (Exception e) when (attempt < StartAttempts && options.GatewayPort is null && e is OrleansException or SocketException)
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

    private static WebApplication Build(ServeOptions options, int siloPort, int gatewayPort)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders()
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Error)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo =>
        {
            options.Backing.Apply(silo, siloPort, gatewayPort, ServiceId, ClusterId);
            silo.AddDashboard();
            silo.Services.AddNegotiationMetrics();
        });
        builder.Services.AddSingleton(new ScenarioLibrary(options.ScenariosFolder));
        builder.Services.AddSingleton<LiveSummits>();
        builder.Services.AddSingleton<SummitLauncher>();
        // After UseOrleans, so the silo is up when it subscribes.
        builder.Services.AddHostedService<SummitWatching>();
        builder.Services.AddSingleton(options.Backing);
        if (options.RunsAgents) builder.Services.AddSingleton(new Grains.Seats.AgentProcesses(Environment.CurrentDirectory));
        builder.Services.AddHostedService<SummitKeeping>();

        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapOrleansDashboard("/dashboard");
        app.MapAgentEndpoint();
        app.MapClassroom();
        app.MapLiveSeats();
        app.MapSummitApi();
        app.MapLivePages();
        app.MapHealth();
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
