using TechPact.Contracts.Watching;

namespace TechPact.Grains.Summits;

/// <summary>Tells the summit directory (and so every server's live page) that a listed summit opened and
/// each time a round ended, and moves the dashboard's counters. An experiment's run is not listed: it
/// only moves the counters.</summary>
internal sealed class SummitAnnouncer(IGrainFactory grains, string summitId, NegotiationMetrics metrics, ILogger logger)
{
    private int _announced;
    private int _converged;

    /// <summary>Picks up where a stored summit left off: what its watchers were sent already.</summary>
    public void Resume(Summit summit, int transcriptLength)
    {
        _announced = transcriptLength;
        _converged = summit.Transcript.Count == 0 ? 0 : SummitViews.LastRound(summit).ConvergedIssues.Length;
    }

    public async Task Opened(Summit summit, Scenario openedWith, IReadOnlyList<TranscriptEvent> transcript)
    {
        metrics.SummitOpened();
        _announced = transcript.Count;
        _converged = 0;
        // The scenario the log opened with: a fork's table may have changed since (events).
        await SummitDirectory.Of(grains).SummitOpened(new SummitAnnouncement(summitId, openedWith, summit.Rules, [.. transcript]));
    }

    /// <summary>The round is stored already: a watcher that misses its notice catches up from the log,
    /// so a lost notice (the directory's silo died) must not fail the round.</summary>
    public async Task RoundEnded(Summit summit, IReadOnlyList<TranscriptEvent> transcript)
    {
        var round = Counted(summit);
        var start = _announced;
        _announced = transcript.Count;
        try { await SummitDirectory.Of(grains).RoundEnded(new SummitRoundNotice(summitId, round, start, [.. transcript.Skip(start)])); }
        catch (Exception e) { logger.LogWarning(e, "Summit {SummitId}: the round notice was lost", summitId); }
    }

    /// <summary>An unlisted run's rounds: the counters only.</summary>
    public void RunPlayed(Summit summit)
    {
        metrics.SummitOpened();
        _converged = 0;
        foreach (var converged in SummitViews.ConvergedByRound(summit))
        {
            metrics.RoundCompleted(Math.Max(0, converged - _converged));
            _converged = converged;
        }
        if (summit.IsOver) metrics.SummitConcluded(summit.Status);
    }

    private Contracts.Summits.RoundView Counted(Summit summit)
    {
        var round = SummitViews.LastRound(summit);
        metrics.RoundCompleted(Math.Max(0, round.ConvergedIssues.Length - _converged));
        if (summit.IsOver) metrics.SummitConcluded(summit.Status);
        _converged = round.ConvergedIssues.Length;
        return round;
    }
}
