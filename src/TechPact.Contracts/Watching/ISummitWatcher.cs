using Orleans.Concurrency;

namespace TechPact.Contracts.Watching;

/// <summary>Something outside the grains that follows summits as they happen (the live page).
/// One-way: a slow or vanished watcher never holds up a round.</summary>
[Alias("techpact.ISummitWatcher")]
public interface ISummitWatcher : IGrainObserver
{
    [OneWay, Alias("SummitOpened")]
    Task SummitOpened(SummitAnnouncement announcement);

    [OneWay, Alias("RoundEnded")]
    Task RoundEnded(SummitRoundNotice notice);
}
