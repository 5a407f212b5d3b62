using StackExchange.Redis;

namespace TechPact.Host.Web.Security;

/// <summary>Whether grain storage answers, asked every <see cref="Interval"/>: /healthz reports it,
/// and while it is down a state-changing request gets a 503 at once instead of waiting out Redis's
/// timeouts into an error. Memory storage (embedded) is always there.</summary>
/// <remarks>A connection of its own, with short timeouts, so the probe never queues behind grain
/// traffic and says "down" within a couple of seconds of Redis going away.</remarks>
public sealed class StorageProbe(ClusterBacking backing) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    private ConnectionMultiplexer? _redis;
    private volatile string? _problem;

    /// <summary>Null while storage answers; otherwise what went wrong at the last probe.</summary>
    public string? Problem => _problem;

    public bool IsAvailable => _problem is null;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (backing.Redis is null) return;
        while (!stopping.IsCancellationRequested)
        {
            await PingAsync();
            try { await Task.Delay(Interval, stopping); }
            catch (OperationCanceledException) { }
        }
    }

    /// <summary>Asks now, and remembers the answer: once /healthz says "down", writes are refused too.</summary>
    /// <returns>Null when Redis answered PING in time; else the reason.</returns>
    public async Task<string?> PingAsync()
    {
        if (backing.Redis is null) return null;
        try
        {
            _redis ??= await ConnectionMultiplexer.ConnectAsync(Options());
            await _redis.GetDatabase().PingAsync().WaitAsync(PingTimeout);
            return _problem = null;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return _problem = $"Redis ({Endpoints()}) is not answering: {e.GetType().Name}";
        }
    }

    private ConfigurationOptions Options()
    {
        var options = ClusterBacking.RedisOptions(backing.Redis!);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = options.SyncTimeout = options.AsyncTimeout = (int)PingTimeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        return options;
    }

    private string Endpoints() => string.Join(", ", ClusterBacking.RedisOptions(backing.Redis!).EndPoints);

    public override void Dispose()
    {
        _redis?.Dispose();
        base.Dispose();
    }
}
