using System.Collections.Immutable;
using TechPact.Contracts.Watching;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Watching;

/// <summary>Hears every summit open and every round end, keeps a short list of summits, and
/// passes each notice on to the watchers subscribed. Watchers are one-way observers: a round
/// never waits for the page, and a watcher that stops renewing simply lapses.</summary>
public sealed class SummitDirectoryGrain : Grain, ISummitDirectoryGrain
{
    /// <summary>Enough for a classroom's worth of runs; older entries drop off the list.</summary>
    private const int ListLimit = 500;

    private readonly Dictionary<ISummitWatcher, DateTime> _watchers = [];
    private readonly Dictionary<string, SummitListing> _summits = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

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

    public Task SummitOpened(SummitAnnouncement announcement)
    {
        var scenario = announcement.Scenario;
        if (!_summits.ContainsKey(announcement.SummitId)) _order.Enqueue(announcement.SummitId);
        _summits[announcement.SummitId] = new SummitListing(announcement.SummitId, scenario.Id, scenario.Title, 0, SummitStatus.Running);
        while (_order.Count > ListLimit) _summits.Remove(_order.Dequeue());
        foreach (var watcher in LiveWatchers()) _ = watcher.SummitOpened(announcement);
        return Task.CompletedTask;
    }

    public Task RoundEnded(SummitRoundNotice notice)
    {
        if (_summits.TryGetValue(notice.SummitId, out var listing))
            _summits[notice.SummitId] = listing with { Round = notice.Round.Round, Status = notice.Round.Status };
        foreach (var watcher in LiveWatchers()) _ = watcher.RoundEnded(notice);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<SummitListing>> List() =>
        Task.FromResult(_order.Select(id => _summits[id]).ToImmutableArray());

    private List<ISummitWatcher> LiveWatchers()
    {
        var now = DateTime.UtcNow;
        foreach (var lapsed in _watchers.Where(w => w.Value < now).Select(w => w.Key).ToList()) _watchers.Remove(lapsed);
        return [.. _watchers.Keys];
    }
}
