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

    /// <summary>Memory storage (unless a Redis-backed <paramref name="backing"/> is given) and the services a
    /// CLI run has (<see cref="TechPactSilo.AddTechPact"/>): summits append their log after every round, as in `techpact run`.</summary>
    public static Task<BenchSilo> StartAsync(ClusterBacking? backing = null) => FreePorts.StartOnAsync(async ports =>
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Error);
        var backed = backing ?? ClusterBacking.Embedded;
        builder.UseOrleans(silo => backed.Join(silo.AddTechPact(new TechPactSiloOptions { Backing = backed }).AddIncomingGrainCallFilter(context =>
            {
                Interlocked.Increment(ref _calls);
                return context.Invoke();
            }), ports, $"bench-{Guid.NewGuid():N}"));
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
