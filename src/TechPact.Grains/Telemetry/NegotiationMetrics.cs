using System.Diagnostics.Metrics;

namespace TechPact.Grains.Telemetry;

/// <summary>The negotiation's own counters, created on the Orleans runtime meter
/// (<see cref="OrleansInstruments.Meter"/>): that meter is the one the Orleans Dashboard exports,
/// so these show beside the runtime's counters; a separately created Meter would not.</summary>
/// <remarks>The dashboard's exporter reads sums and gauges but skips up-down counters, so the
/// running-summit count is an observable gauge over a field. Every silo registers it (<c>AddTechPact</c>);
/// only `serve` has a dashboard that shows it.</remarks>
public sealed class NegotiationMetrics
{
    public const string RoundsCompleted = "techpact.rounds.completed";
    public const string CommitmentsMade = "techpact.commitments.made";
    public const string Concessions = "techpact.concessions";
    public const string IssuesConverged = "techpact.issues.converged";
    public const string SummitsRunning = "techpact.summits.running";
    public const string SummitsConverged = "techpact.summits.converged";
    public const string SummitsFailed = "techpact.summits.failed";

    private readonly Counter<long> _rounds;
    private readonly Counter<long> _commitments;
    private readonly Counter<long> _concessions;
    private readonly Counter<long> _issuesConverged;
    private readonly Counter<long> _converged;
    private readonly Counter<long> _failed;
    private long _running;

    public NegotiationMetrics(OrleansInstruments instruments)
    {
        var meter = instruments.Meter;
        _rounds = meter.CreateCounter<long>(RoundsCompleted, "{round}", "Summit rounds played to the end");
        _commitments = meter.CreateCounter<long>(CommitmentsMade, "{move}", "Country moves committed (one per country per turn)");
        _concessions = meter.CreateCounter<long>(Concessions, "{issue}", "Issues on which a country widened its commitments");
        _issuesConverged = meter.CreateCounter<long>(IssuesConverged, "{issue}", "Issues whose commitments came to intersect");
        _converged = meter.CreateCounter<long>(SummitsConverged, "{summit}", "Summits that ended in a full agreement");
        _failed = meter.CreateCounter<long>(SummitsFailed, "{summit}", "Summits that hit the deadline without a full agreement");
        // A zero at the start, so every counter is on the dashboard before the first summit.
        foreach (var counter in new[] { _rounds, _commitments, _concessions, _issuesConverged, _converged, _failed }) counter.Add(0);
        meter.CreateObservableGauge(SummitsRunning, () => Interlocked.Read(ref _running), "{summit}", "Summits open and not yet concluded");
    }

    public long Running => Interlocked.Read(ref _running);

    public void SummitOpened() => Interlocked.Increment(ref _running);

    public void CountryCommitted(int concessions)
    {
        _commitments.Add(1);
        if (concessions > 0) _concessions.Add(concessions);
    }

    public void RoundCompleted(int newlyConverged)
    {
        _rounds.Add(1);
        if (newlyConverged > 0) _issuesConverged.Add(newlyConverged);
    }

    /// <summary>A partial pact counts as failed: the summit did not reach the agreement it was convened for.</summary>
    public void SummitConcluded(SummitStatus status)
    {
        Interlocked.Decrement(ref _running);
        (status == SummitStatus.Agreement ? _converged : _failed).Add(1);
    }
}
