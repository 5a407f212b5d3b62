using TechPact.Contracts.Watching;

namespace TechPact.Grains.Watching;

/// <summary>Hears every listed summit open and every round end, keeps the list of summits, and passes
/// each notice on to the watchers subscribed. Watchers are one-way observers: a round never waits for
/// the page, and a watcher that stops renewing simply lapses.</summary>
/// <remarks>The list is stored when a summit joins it and when one finishes (not every round), so a
/// server that restarts, or joins the cluster later, lists the summits that finished before it came.</remarks>
public sealed class SummitDirectoryGrain([PersistentState("directory")] IPersistentState<SummitDirectoryState> stored)
    : Grain, ISummitDirectoryGrain
{
    /// <summary>Enough for a classroom's worth of runs; older entries drop off the list.</summary>
    public const int ListLimit = 500;

    private readonly Dictionary<ISummitWatcher, DateTime> _watchers = [];
    private readonly Dictionary<string, SummitListing> _summits = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var listing in stored.State.Summits) Remember(listing);
        return Task.CompletedTask;
    }

    public Task Subscribe(ISummitWatcher watcher)
    {
        _watchers[watcher] = DateTime.UtcNow + SummitDirectory.SubscriptionLifetime;
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ISummitWatcher watcher)
    {
        _watchers.Remove(watcher);
        return Task.CompletedTask;
    }

    public async Task SummitOpened(SummitAnnouncement announcement)
    {
        var scenario = announcement.Scenario;
        Remember(new SummitListing(announcement.SummitId, scenario.Id, scenario.Title, 0, SummitStatus.Running));
        foreach (var watcher in LiveWatchers()) _ = watcher.SummitOpened(announcement);
        await StoreAsync();
    }

    public async Task RoundEnded(SummitRoundNotice notice)
    {
        var finished = false;
        if (_summits.TryGetValue(notice.SummitId, out var listing))
        {
            _summits[notice.SummitId] = listing with { Round = notice.Round.Round, Status = notice.Round.Status };
            finished = notice.Round.Status != SummitStatus.Running;
        }
        foreach (var watcher in LiveWatchers()) _ = watcher.RoundEnded(notice);
        if (finished) await StoreAsync();
    }

    public Task<ImmutableArray<SummitListing>> List() =>
        Task.FromResult(_order.Select(id => _summits[id]).ToImmutableArray());

    private void Remember(SummitListing listing)
    {
        if (!_summits.ContainsKey(listing.SummitId)) _order.Enqueue(listing.SummitId);
        _summits[listing.SummitId] = listing;
        while (_order.Count > ListLimit) _summits.Remove(_order.Dequeue());
    }

    private Task StoreAsync()
    {
        stored.State = new SummitDirectoryState([.. _order.Select(id => _summits[id])]);
        return stored.WriteStateAsync();
    }

    private List<ISummitWatcher> LiveWatchers()
    {
        var now = DateTime.UtcNow;
        foreach (var lapsed in _watchers.Where(w => w.Value < now).Select(w => w.Key).ToList()) _watchers.Remove(lapsed);
        return [.. _watchers.Keys];
    }
}

/// <summary>The directory's stored list, oldest first (a running summit's round is as of its last store).</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitDirectoryState")]
public sealed record SummitDirectoryState([property: Id(0)] ImmutableArray<SummitListing> Summits)
{
    public SummitDirectoryState() : this(ImmutableArray<SummitListing>.Empty) { }
}
