using TechPact.Contracts.Watching;
using TechPact.Grains.Telemetry;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>What the summit tells the world beyond its caller: the directory hears it open and
/// every round end (so any watcher can follow it), and the negotiation counters move.</summary>
public sealed partial class SummitGrain
{
    /// <summary>Transcript lines already announced; the next notice starts here.</summary>
    private int _announced;
    private int _convergedAnnounced;

    private NegotiationMetrics? Metrics => ServiceProvider.GetService(typeof(NegotiationMetrics)) as NegotiationMetrics;

    private async Task AnnounceOpening()
    {
        var summit = OpenSummit();
        Metrics?.SummitOpened();
        _announced = summit.Transcript.Count;
        await SummitDirectory.Of(GrainFactory).SummitOpened(
            // The scenario the log opened with: a fork's table may have changed since (events).
            new SummitAnnouncement(SummitId, _opening?.Scenario ?? summit.Scenario, summit.Rules, [.. summit.Transcript]));
    }

    /// <summary>A summit rebuilt from its log has announced everything in it already.</summary>
    private void ResumeAnnouncing(Summit summit)
    {
        _announced = summit.Transcript.Count;
        _convergedAnnounced = summit.Transcript.Count == 0 ? 0 : SummitViews.LastRound(summit).ConvergedIssues.Length;
    }

    private async Task AnnounceRound()
    {
        var summit = OpenSummit();
        var round = SummitViews.LastRound(summit);
        var metrics = Metrics;
        if (metrics is not null)
        {
            metrics.RoundCompleted(Math.Max(0, round.ConvergedIssues.Length - _convergedAnnounced));
            if (summit.IsOver) metrics.SummitConcluded(summit.Status);
        }
        _convergedAnnounced = round.ConvergedIssues.Length;

        var start = _announced;
        var fresh = summit.Transcript.Skip(start).ToArray();
        _announced = summit.Transcript.Count;
        await SummitDirectory.Of(GrainFactory).RoundEnded(new SummitRoundNotice(SummitId, round, start, [.. fresh]));
    }
}
