using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Storage;
using StackExchange.Redis;
using TechPact.Grains.Summits.Storage;

namespace TechPact.Host.Silo;

/// <summary>Where a silo keeps grain state and finds its cluster: in this process only (memory
/// storage, localhost clustering, nothing to install) or in Redis (`--redis`), where every silo
/// with the same service and cluster ids joins one cluster and grain state outlives any process.
/// Grain state goes to the "Default" storage, so every grain's `IPersistentState` follows the
/// choice without naming a provider.</summary>
/// <param name="Redis">A StackExchange.Redis configuration string ("host:port", or
/// "host:port,password=…,ssl=true"); null: embedded.</param>
public sealed record ClusterBacking(string? Redis = null)
{
    public static ClusterBacking Embedded { get; } = new();

    /// <summary>The address other silos and clients reach this one at (--advertise). Loopback
    /// keeps a cluster on one machine; the machine's own address lets N machines form one.</summary>
    public IPAddress Advertise { get; init; } = IPAddress.Loopback;

    /// <summary>Inside Kubernetes (--kubernetes): the pod's name, IP and labels configure the silo,
    /// and pods Kubernetes deleted are declared dead at once (Microsoft.Orleans.Hosting.Kubernetes).</summary>
    public bool Kubernetes { get; init; }

    /// <summary>How long a finished summit stays in memory once nobody asks for it (serve --release-after).</summary>
    public Grains.Summits.SummitRetention Retention { get; init; } = Grains.Summits.SummitRetention.Default;

    /// <summary>What /healthz reports: "memory" or "redis".</summary>
    public string StorageKind => Redis is null ? "memory" : "redis";

    /// <summary>The environment variable `--redis` defaults to, so a password stays off the command line.</summary>
    public const string RedisVariable = "TECHPACT_REDIS";

    /// <returns>An error message when <paramref name="redis"/> is not a Redis configuration string, else null.</returns>
    public static string? Check(string? redis)
    {
        if (redis is null) return null;
        try
        {
            if (RedisOptions(redis).EndPoints.Count > 0) return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException) { }
        return $"--redis: '{Scenarios.Limits.TextRules.Visible(redis)}' is not a Redis address (HOST:PORT, e.g. 127.0.0.1:6379, " +
               "optionally followed by ,password=…,ssl=true)";
    }

    public static ConfigurationOptions RedisOptions(string redis) => ConfigurationOptions.Parse(redis);

    /// <summary>Grain state in the "Default" storage: memory, or Redis. Called by
    /// <see cref="TechPactSilo.AddTechPact"/>, so a test cluster stores exactly as a host does.</summary>
    public void AddGrainStorage(ISiloBuilder silo)
    {
        silo.Services.AddSingleton(Retention);
        if (Redis is null)
        {
            silo.AddMemoryGrainStorageAsDefault();
            // Summit logs as pages of the same grain storage: one record for the opening and one per round.
            silo.Services.AddSingleton<ISummitLogStore>(sp =>
                new GrainStorageSummitLogs(sp.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)));
            return;
        }
        silo.AddRedisGrainStorageAsDefault(o => o.ConfigurationOptions = Connection());
        // Summit logs append a round at a time to a list of their own, rather than rewrite a grain state.
        RedisSummitLogs.AddTo(silo.Services, Connection());
    }

    /// <summary>How a host's silo finds its cluster (test harnesses bring their own membership).</summary>
    /// <param name="clusterId">Embedded silos get their own; Redis-backed ones share the one given.</param>
    public void Join(ISiloBuilder silo, SiloPorts ports, string clusterId)
    {
        if (Redis is null)
        {
            silo.UseLocalhostClustering(siloPort: ports.Silo, gatewayPort: ports.Gateway, serviceId: TechPactSilo.ServiceId, clusterId: clusterId);
            return;
        }
        silo.UseRedisClustering(o => o.ConfigurationOptions = Connection())
            .Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (TechPactSilo.ServiceId, clusterId))
            // Bound to the advertised address itself, not every interface: three silos advertising
            // 127.0.0.1, .2 and .3 share one machine's ports, as three machines would.
            .ConfigureEndpoints(Advertise, ports.Silo, ports.Gateway, listenOnAnyHostAddress: false)
            // A silo that crashed stays "active" in the table until another one votes it dead; when it
            // was the last one, nobody does, and a restarted server would wait to reach it (10 minutes
            // by default). A heartbeat every 10 s makes such an entry stale, and ignored, after 30 s.
            .Configure<ClusterMembershipOptions>(o => (o.IAmAliveTablePublishTimeout, o.NumMissedTableIAmAliveLimit) = (TimeSpan.FromSeconds(10), 3));
        // Last: it overrides the endpoints and cluster ids with the pod's own.
        if (Kubernetes) silo.UseKubernetesHosting();
    }

    /// <summary>Keeps retrying while Redis is briefly away instead of failing the silo at once.</summary>
    private ConfigurationOptions Connection()
    {
        var options = RedisOptions(Redis!);
        options.AbortOnConnectFail = false;
        return options;
    }

    /// <summary>Asked before a silo starts: with Redis unreachable, Orleans would retry for a while
    /// and then fail with pages of stack trace; one line that says so is more use.</summary>
    /// <returns>Null when Redis answers (or none is used), else the line to print.</returns>
    public async Task<string?> ReachRedisAsync(CancellationToken cancellation)
    {
        if (Redis is null) return null;
        var options = RedisOptions(Redis);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = options.SyncTimeout = options.AsyncTimeout = 5000;
        options.ConnectRetry = 1;
        var where = string.Join(", ", options.EndPoints);
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellation);
            return null;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            var reason = e is RedisConnectionException { FailureType: var failure } ? failure.ToString() : e.GetType().Name;
            return $"error: Redis at {where} is not answering ({reason}); start it, or check --redis";
        }
    }
}
