namespace TechPact.Host.Silo;

/// <summary>A silo inside this process, on loopback, for one CLI run: a cluster of its own, or with
/// `--redis` one more silo of the `serve` cluster.</summary>
public sealed class NegotiationSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private NegotiationSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static Task<NegotiationSilo> StartAsync(CancellationToken cancellation = default) =>
        StartAsync(ClusterBacking.Embedded, cancellation: cancellation);

    /// <param name="backing">With Redis, the silo joins the cluster `techpact serve --redis` forms.</param>
    /// <param name="verbose">The runtime's warnings on stderr too, not only in the log file (<see cref="RuntimeLog"/>).</param>
    public static Task<NegotiationSilo> StartAsync(ClusterBacking backing, bool verbose = false, CancellationToken cancellation = default) =>
        FreePorts.StartOnAsync(async ports =>
        {
            var host = Build(ports, backing, verbose);
            try
            {
                await host.StartAsync(cancellation);
                return new NegotiationSilo(host);
            }
            catch
            {
                host.Dispose();
                throw;
            }
        });

    private static IHost Build(SiloPorts ports, ClusterBacking backing, bool verbose)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // The terminal is for people: the runtime's warnings go to the log file (stderr too with --verbose).
        RuntimeLog.Configure(builder.Logging, verbose);
        var clusterId = backing.Redis is null ? $"techpact-{Guid.NewGuid():N}" : TechPactSilo.ServeClusterId;
        // A CLI run starts the agent programs its user named (--seat KR=agent:...), from where they typed the command.
        builder.UseOrleans(silo => backing.Join(
            silo.AddTechPact(new TechPactSiloOptions { Backing = backing, AgentsFrom = Environment.CurrentDirectory }), ports, clusterId));
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
