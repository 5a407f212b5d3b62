using System.Collections.Concurrent;
using System.Threading.Channels;

namespace TechPact.Host.Web.Live;

/// <summary>Every summit this server has heard of, whoever started it: the directory grain's
/// watcher on the web side. Summits announce themselves and their rounds; this keeps a replica
/// of each and hands new summits to whoever follows the list (the live page's feed).</summary>
public sealed class LiveSummits(IGrainFactory grains, ILogger<LiveSummits> logger) : ISummitWatcher
{
    private readonly ConcurrentDictionary<string, SummitReplica> _summits = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<Channel<SummitHeader>> _listFollowers = [];

    public SummitReplica? Find(string summitId) => _summits.GetValueOrDefault(summitId);

    /// <summary>The summit, followed here already or read from its grain: a summit that finished before this
    /// server started, or that only another server heard open, is in storage, and every server answers for it.</summary>
    /// <returns>Null when no summit of that id was ever opened.</returns>
    public async Task<SummitReplica?> FindAsync(string summitId)
    {
        if (Find(summitId) is { } known) return known;
        if (summitId.Length is 0 or > MaxIdLength || summitId.Any(char.IsControl)) return null;
        try
        {
            var log = await grains.GetGrain<ISummitGrain>(summitId).GetLog();
            return Track(summitId, log.Scenario, log.Rules, log.Transcript);
        }
        catch (InvalidOperationException) { return null; } // never opened: the grain says so and goes
    }

    /// <summary>Longer than any id the product makes (a run's id, a classroom table's).</summary>
    private const int MaxIdLength = 200;

    /// <summary>Follows every summit the directory lists that this server has not heard of (it restarted,
    /// or the summits ran before it joined): read from storage, so the page lists them as every server does.</summary>
    public async Task CatchUpAsync()
    {
        foreach (var listing in await SummitDirectory.Of(grains).List())
        {
            if (Find(listing.SummitId) is not null) continue;
            try { await FindAsync(listing.SummitId); }
            catch (Exception e) { logger.LogDebug(e, "Summit {SummitId}: not readable now", listing.SummitId); }
        }
    }

    public IReadOnlyList<SummitReplica> All() => _summits.Values.OrderBy(s => s.OpenedAt).ToList();

    /// <summary>Starts keeping a summit (idempotent: the announcement and the starter may both call it).</summary>
    public SummitReplica Track(string summitId, Scenario scenario, NegotiationRules rules, IEnumerable<TranscriptEvent> transcript)
    {
        lock (_gate)
        {
            if (_summits.TryGetValue(summitId, out var known)) return known;
            var replica = new SummitReplica(summitId, scenario, rules, transcript);
            _summits[summitId] = replica;
            ForgetOldestFinished();
            foreach (var follower in _listFollowers) follower.Writer.TryWrite(replica.Header);
            return replica;
        }
    }

    /// <summary>Keeps the page's memory bounded: beyond the directory's list length the oldest finished
    /// summits are dropped here (their logs stay in storage; <see cref="FindAsync"/> reads one back when asked).</summary>
    private void ForgetOldestFinished()
    {
        var excess = _summits.Count - Grains.Watching.SummitDirectoryGrain.ListLimit;
        if (excess <= 0) return;
        foreach (var old in _summits.Values.Where(r => r.IsOver).OrderBy(r => r.OpenedAt).Take(excess).ToList())
            _summits.TryRemove(old.SummitId, out _);
    }

    /// <summary>The summits known now and, atomically, a channel of every later one.</summary>
    public (IReadOnlyList<SummitHeader> Known, ChannelReader<SummitHeader> Later) FollowList()
    {
        lock (_gate)
        {
            var channel = Channel.CreateUnbounded<SummitHeader>();
            _listFollowers.Add(channel);
            return (All().Select(s => s.Header).ToList(), channel.Reader);
        }
    }

    public void UnfollowList(ChannelReader<SummitHeader> reader)
    {
        lock (_gate) _listFollowers.RemoveAll(c => c.Reader == reader);
    }

    public Task SummitOpened(SummitAnnouncement announcement)
    {
        Guard(() => Track(announcement.SummitId, announcement.Scenario, announcement.Rules, announcement.Opening), announcement.SummitId);
        return Task.CompletedTask;
    }

    public async Task RoundEnded(SummitRoundNotice notice)
    {
        // A summit opened before this server subscribed can't be followed: its scenario was never announced.
        if (!_summits.TryGetValue(notice.SummitId, out var replica)) return;
        if (replica.TryApply(notice)) return;
        try
        {
            // A notice went missing (one-way calls may be lost or reordered): read the whole history instead.
            replica.Replace(await grains.GetGrain<ISummitGrain>(notice.SummitId).GetTranscript());
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not catch up with summit {SummitId}", notice.SummitId);
        }
    }

    private void Guard(Action action, string summitId)
    {
        try { action(); }
        catch (Exception e) { logger.LogWarning(e, "Could not follow summit {SummitId}", summitId); }
    }
}
