using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TechPact.Host.Silo;

namespace TechPact.Benchmarks;

/// <summary>An in-process silo like the CLI's, plus a filter that counts every incoming grain call
/// (one Interlocked increment: noise next to a microsecond call).</summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private static long _calls;
    private readonly IHost _host;

    private BenchSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();
    public static long Calls => Interlocked.Read(ref _calls);

    /// <param name="backing">Embedded (memory storage) unless a Redis-backed one is given.</param>
    public static async Task<BenchSilo> StartAsync(ClusterBacking? backing = null)
    {
        var ports = FreePorts.Take(2);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Error);
        // Memory storage, as the embedded `run` has (summits append their log after every round), or Redis.
        builder.UseOrleans(silo => (backing ?? ClusterBacking.Embedded).Apply(silo.AddIncomingGrainCallFilter(context =>
            {
                Interlocked.Increment(ref _calls);
                return context.Invoke();
            }), ports[0], ports[1], "techpact-bench", $"bench-{Guid.NewGuid():N}"));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
