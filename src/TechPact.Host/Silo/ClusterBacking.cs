using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;
using Orleans.Configuration;
using StackExchange.Redis;

namespace TechPact.Host.Silo;

/// <summary>Where a silo keeps grain state and finds its cluster: in this process only (memory
/// storage, localhost clustering, nothing to install) or in Redis (`--redis HOST:PORT`), where
/// every silo with the same service and cluster ids joins one cluster and grain state outlives
/// any process. Grain state goes to the "Default" storage, so every grain's `IPersistentState`
/// follows the choice without naming a provider.</summary>
/// <param name="Redis">HOST:PORT of the Redis server; null: embedded.</param>
public sealed record ClusterBacking(string? Redis = null)
{
    public static ClusterBacking Embedded { get; } = new();

    /// <summary>What /healthz reports: "memory" or "redis".</summary>
    public string StorageKind => Redis is null ? "memory" : "redis";

    /// <returns>An error message when <paramref name="redis"/> is not HOST:PORT, else null.</returns>
    public static string? Check(string? redis)
    {
        if (redis is null) return null;
        var colon = redis.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(redis[(colon + 1)..], out var port) || port is < 1 or > 65535)
            return $"--redis: '{redis}' is not HOST:PORT (e.g. 127.0.0.1:6379)";
        return null;
    }

    /// <param name="clusterId">Embedded silos get their own; Redis-backed ones share the one given.</param>
    public void Apply(ISiloBuilder silo, int siloPort, int gatewayPort, string serviceId, string clusterId)
    {
        UseOrleansStateSerializer(silo);
        if (Redis is null)
        {
            silo.UseLocalhostClustering(siloPort: siloPort, gatewayPort: gatewayPort, serviceId: serviceId, clusterId: clusterId)
                .AddMemoryGrainStorageAsDefault();
            return;
        }
        silo.UseRedisClustering(o => o.ConfigurationOptions = Connection())
            .Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (serviceId, clusterId))
            // Loopback: the silos of one machine talk to each other here (see docs/deploy.md for several machines).
            .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false)
            .AddRedisGrainStorageAsDefault(o => o.ConfigurationOptions = Connection())
            // A silo that crashed stays "active" in the table until another one votes it dead; when it
            // was the last one, nobody does, and a restarted server would wait to reach it (10 minutes
            // by default). A heartbeat every 10 s makes such an entry stale, and ignored, after 30 s.
            .Configure<ClusterMembershipOptions>(o => (o.IAmAliveTablePublishTimeout, o.NumMissedTableIAmAliveLimit) = (TimeSpan.FromSeconds(10), 3));
    }

    /// <summary>Stored state in Orleans' own binary format, by the same [GenerateSerializer] code and
    /// surrogates as every grain call: the engine's immutable types (abstract transcript events,
    /// immutable collections) have no JSON form, and the default JSON serializer can't read them back.</summary>
    public static void UseOrleansStateSerializer(ISiloBuilder silo) =>
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();

    /// <summary>Keeps retrying while Redis is briefly away instead of failing the silo at once.</summary>
    private ConfigurationOptions Connection()
    {
        var options = ConfigurationOptions.Parse(Redis!);
        options.AbortOnConnectFail = false;
        return options;
    }
}
