using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TechPact.Host.Silo;

namespace TechPact.Benchmarks;

/// <summary>An in-process silo like the CLI's; on request, with a filter that counts every incoming grain call.</summary>
/// <remarks>The counting silo is not the one timed: any silo-wide call filter sends every call through Orleans'
/// filter chain (an invoker object and a lookup per call), which the product's silo does not have.</remarks>
public sealed class BenchSilo : IAsyncDisposable
{
    private static long _calls;
    private readonly IHost _host;

    private BenchSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();
    public static long Calls => Interlocked.Read(ref _calls);

    /// <summary>Memory storage (unless a Redis-backed <paramref name="backing"/> is given) and the services a
    /// CLI run has (<see cref="TechPactSilo.AddTechPact"/>): summits append their log after every round, as in `techpact run`.</summary>
    /// <param name="clusterId">Silos given the same one on the same Redis form one cluster; by default each silo is a cluster of its own.</param>
    public static Task<BenchSilo> StartAsync(ClusterBacking? backing = null, bool countCalls = false, string? clusterId = null) => FreePorts.StartOnAsync(async ports =>
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Error);
        var backed = backing ?? ClusterBacking.Embedded;
        builder.UseOrleans(silo =>
        {
            silo.AddTechPact(new TechPactSiloOptions { Backing = backed });
            if (countCalls)
                silo.AddIncomingGrainCallFilter(context =>
                {
                    Interlocked.Increment(ref _calls);
                    return context.Invoke();
                });
            backed.Join(silo, ports, clusterId ?? $"bench-{Guid.NewGuid():N}");
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return new BenchSilo(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
