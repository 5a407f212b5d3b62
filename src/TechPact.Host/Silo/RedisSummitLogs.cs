using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;
using TechPact.Grains.Summits.Storage;

namespace TechPact.Host.Silo;

/// <summary>Summit logs in Redis, one list per summit: the opening is its first element and each round
/// one element more (RPUSH), in Orleans' binary format, so a round sends Redis what it adds and a summit
/// that activates after a silo died reads its whole log in one LRANGE.</summary>
/// <remarks>Each write is conditional on the list's length (the page number it writes), Redis's
/// equivalent of a grain state's ETag: a second activation of one summit can't append the same round.
/// Keys: "{serviceId}/summit-log/{grainId}". The append-only file (docs/deploy.md) makes each append
/// durable as Redis writes it.</remarks>
public sealed class RedisSummitLogs(IConnectionMultiplexer redis, Serializer serializer, string serviceId) : ISummitLogStore, IDisposable
{
    public async Task<StoredSummitLog?> ReadAsync(GrainId summit)
    {
        var entries = await redis.GetDatabase().ListRangeAsync(Key(summit));
        if (entries.Length == 0) return null;
        var opening = Read<SummitLog>(summit, entries[0]);
        var transcript = opening.Transcript.ToBuilder();
        for (var i = 1; i < entries.Length; i++) transcript.AddRange(Read<SummitLogPage>(summit, entries[i]).Events);
        return new StoredSummitLog(opening with { Transcript = transcript.ToImmutable() }, entries.Length);
    }

    private T Read<T>(GrainId summit, RedisValue entry) =>
        serializer.Deserialize<T>((byte[])entry!) ?? throw new InvalidDataException($"Summit log {Key(summit)}: an empty {typeof(T).Name}.");

    public Task OpenAsync(GrainId summit, SummitLog opening) => PushAsync(summit, 0, serializer.SerializeToArray(opening));

    public Task AppendAsync(GrainId summit, int page, ImmutableArray<TranscriptEvent> events) =>
        PushAsync(summit, page, serializer.SerializeToArray(new SummitLogPage(events)));

    private async Task PushAsync(GrainId summit, int page, byte[] value)
    {
        var key = Key(summit);
        var pushed = (int)await redis.GetDatabase().ScriptEvaluateAsync(AppendAtPage, new { key, page, value });
        if (pushed == 0)
            throw new InconsistentStateException($"Summit log {key}: page {page} was written by another activation (or the log is not at page {page}).");
    }

    /// <summary>Appends when the list holds exactly <c>page</c> entries (a missing key holds none), in one round
    /// trip: a script runs atomically, where a WATCH/MULTI transaction waits for its condition's answer first.</summary>
    private static readonly LuaScript AppendAtPage = LuaScript.Prepare("""
        if redis.call('LLEN', @key) ~= tonumber(@page) then return 0 end
        redis.call('RPUSH', @key, @value)
        return 1
        """);

    private RedisKey Key(GrainId summit) => $"{serviceId}/summit-log/{summit}";

    public void Dispose() => redis.Dispose();

    /// <summary>Registers the store, with a connection of its own (the silo's others belong to Orleans' providers).</summary>
    public static void AddTo(IServiceCollection services, ConfigurationOptions connection) =>
        services.AddSingleton<ISummitLogStore>(sp => new RedisSummitLogs(ConnectionMultiplexer.Connect(connection),
            sp.GetRequiredService<Serializer>(), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
}
