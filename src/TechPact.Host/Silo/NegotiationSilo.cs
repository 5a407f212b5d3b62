using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TechPact.Host.Silo;

/// <summary>A silo inside this process, on loopback, for one CLI run: a cluster of its own, or with
/// `--redis` one more silo of the `serve` cluster.</summary>
public sealed class NegotiationSilo : IAsyncDisposable
{
    /// <summary>Free ports are found by asking the OS, then released; another process may grab one
    /// before the silo binds it, so a failed start is retried on fresh ports.</summary>
    private const int StartAttempts = 3;

    private readonly IHost _host;

    private NegotiationSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static Task<NegotiationSilo> StartAsync(CancellationToken cancellation = default) =>
        StartAsync(ClusterBacking.Embedded, cancellation: cancellation);

    /// <param name="backing">With Redis, the silo joins the cluster `techpact serve --redis` forms.</param>
    /// <param name="verbose">The runtime's warnings on stderr too, not only in the log file (<see cref="RuntimeLog"/>).</param>
    public static async Task<NegotiationSilo> StartAsync(ClusterBacking backing, bool verbose = false, CancellationToken cancellation = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = Build(FreePorts.Take(2), backing, verbose);
            try
            {
                await host.StartAsync(cancellation);
                return new NegotiationSilo(host);
            }
            catch (Exception e) when (attempt < StartAttempts && e is SocketException or IOException or OrleansException)
            {
                host.Dispose();
            }
        }
    }

    private static IHost Build(int[] ports, ClusterBacking backing, bool verbose)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // The terminal is for people: the runtime's warnings go to the log file (stderr too with --verbose).
        RuntimeLog.Configure(builder.Logging, verbose);
        var runId = Guid.NewGuid().ToString("N");
        var clusterId = backing.Redis is null ? $"techpact-{runId}" : Web.NegotiationServer.ClusterId;
        builder.UseOrleans(silo => backing.Apply(silo, ports[0], ports[1], Web.NegotiationServer.ServiceId, clusterId));
        // A CLI run starts the agent programs its user named (--seat KR=agent:...), from where they typed the command.
        builder.Services.AddSingleton(new Grains.Seats.AgentProcesses(Environment.CurrentDirectory));
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
