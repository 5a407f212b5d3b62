using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.TestingHost;
using StackExchange.Redis;
using TechPact.Host.Silo;

namespace TechPact.Durability.Tests.Cluster;

/// <summary>An in-process cluster of silos that find each other and keep grain state in Redis, as
/// `serve --redis` does, with short timeouts: a call to a dead silo fails in seconds, and the
/// others declare it dead in seconds, so a test sees the failover rather than waits for it.</summary>
public static class RedisTestCluster
{
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);

    public static InProcessTestCluster Build(string redis, short silos, TimeSpan? responseTimeout = null)
    {
        var timeout = responseTimeout ?? ResponseTimeout;
        var builder = new InProcessTestClusterBuilder(silos);
        // Membership in Redis, not the harness's in-memory table: the option is internal in 10.4.2.
        typeof(InProcessTestClusterOptions)
            .GetProperty("UseTestClusterMembership", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!
            .SetValue(builder.Options, false);
        builder.ConfigureSilo((_, silo) =>
        {
            // Grain state as `serve --redis` stores it; membership with the test's short timeouts.
            silo.AddTechPact(new TechPactSiloOptions { Backing = new ClusterBacking(redis) })
                .UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = timeout)
                .Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = TimeSpan.FromSeconds(1);
                    o.NumMissedProbesLimit = 2;
                    o.NumVotesForDeathDeclaration = 1;
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
                });
        });
        builder.ConfigureClient(client => client
            .UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = timeout)
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1)));
        return builder.Build();
    }

    /// <summary>Deploys the cluster and waits until every silo sees every other as active. DeployAsync returns
    /// once the silos have started, but each learns of the others from the membership table a moment later: a
    /// grain placed before that lands on the silo that placed it, and a call routed on a stale view can wait
    /// out the response timeout.</summary>
    public static async Task DeployAndSettleAsync(this InProcessTestCluster cluster)
    {
        await cluster.DeployAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!cluster.Silos.All(silo => ActiveSilos(cluster, silo.SiloAddress) == cluster.Silos.Count))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the {cluster.Silos.Count} silos did not all see each other active within 60 s");
            await Task.Delay(100);
        }
    }

    private static int ActiveSilos(InProcessTestCluster cluster, SiloAddress silo) =>
        cluster.GetSiloServiceProvider(silo).GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members
            .Count(member => member.Value.Status == SiloStatus.Active);
}
