using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;

namespace TechPact.Grains.Summits;

/// <summary>The summit's round clock as the instructor drives it (pause, resume, more time, close the round
/// now, inject an event, stop) and the summit playing on by itself at a pace. (Fields: SummitGrain.cs.)</summary>
public sealed partial class SummitGrain
{
    public async Task Pause()
    {
        if (S.Pause(Clock.GetUtcNow())) await ClockChanged();
    }

    public async Task Resume()
    {
        if (S.Resume(Clock.GetUtcNow())) await ClockChanged();
    }

    public async Task Extend(TimeSpan more)
    {
        if (!S.Extend(more)) throw new Refusal(RefusalKind.Conflict, "There is no round deadline to extend.");
        await ClockChanged();
    }

    public async Task Inject(ScenarioEvent scenarioEvent)
    {
        var summit = OpenSummit();
        if (summit.IsOver || S.Stopped) throw new Refusal(RefusalKind.Conflict, "The summit is over: no more events.");
        if (S.Injects.Any(e => e.Id == scenarioEvent.Id))
            throw new Refusal(RefusalKind.Conflict, $"'{scenarioEvent.Title}' already fires when the next round opens.");
        // Read against the opening table, the inject may still not fit the table as it now stands (a country
        // that has left since): tried on it, with the injects already waiting, before it is queued.
        var (scenario, commitments, absent) = (summit.Scenario, summit.Commitments, summit.Setting.Absent);
        try
        {
            foreach (var e in S.Injects.Append(scenarioEvent)) (scenario, commitments, absent) = EventEffects.Apply(e, scenario, commitments, absent);
        }
        catch (ArgumentException e) { throw new Refusal(RefusalKind.Invalid, e.Message); }
        S.Injects.Add(scenarioEvent);
        await ClockChanged();
    }

    public async Task CloseRound()
    {
        await ReopenIfNeeded();
        if (_round is not null) await CloseOpenRound(SeatFault.ClosedEarly);
    }

    public async Task CheckDeadline()
    {
        await ReopenIfNeeded();
        if (_round is not null && !S.Paused && S.DeadlinePassed(Clock.GetUtcNow())) await CloseOpenRound(SeatFault.Silent);
    }

    public async Task Stop()
    {
        if (S.Stopped) return;
        S.Stopped = true;
        S.ClearClock();
        (_round, _reopen) = (null, false);
        await seating.WriteStateAsync();
        await Finish(stopped: true);
        Changed();
    }

    private async Task ClockChanged()
    {
        await seating.WriteStateAsync();
        Changed();
    }

    private void StartDeadlineTimer() =>
        _deadlineTimer ??= this.RegisterGrainTimer(_ => CheckDeadline(), new GrainTimerCreationOptions(TickEvery, TickEvery) { KeepAlive = true });

    private void StopDeadlineTimer()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
    }

    private RoundClockView ClockView() => new(_round?.Number ?? 0, S.Deadline, S.Remaining?.TotalSeconds, S.Paused, Clock.GetUtcNow());

    // ---- playing on by itself ----

    /// <summary>The pace is kept by <see cref="IRunningSummitsGrain"/>, not in the log: the servers wake
    /// every running summit again after a failure, and each wakes its open round.</summary>
    public async Task Autoplay(TimeSpan pace)
    {
        var summit = OpenSummit();
        if (summit.IsOver || S.Stopped)
        {
            await RunningSummits.Of(GrainFactory).Remove(SummitId);
            return;
        }
        if (_pace != pace) await RunningSummits.Of(GrainFactory).Add(SummitId, pace);
        _pace = pace;
        await ReopenIfNeeded();
        if (_round is null && _nextRound is null) await PlayOn();
    }

    /// <summary>The next round of a summit playing by itself: at once when it has no pause and will wait for
    /// outside seats anyway (a class: the round is open when the call returns), else after the pace.</summary>
    private async Task PlayOn()
    {
        var summit = OpenSummit();
        if (_pace == TimeSpan.Zero && _book.AnyOutside(summit.Round + 1, summit.Scenario)) await OpenNextRound(resume: false);
        else ScheduleNextRound();
    }

    /// <summary>A one-shot timer opens the next round after the pace, through the grain's own reference
    /// (interleaved, so it may wait for that call): each round shows in the dashboard as a StartRound call,
    /// and a retried tick never plays a round twice.</summary>
    private void ScheduleNextRound()
    {
        _nextRound?.Dispose();
        _nextRound = this.RegisterGrainTimer(_ => StartScheduledRound(),
            new GrainTimerCreationOptions(_pace ?? TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private async Task StartScheduledRound()
    {
        _nextRound?.Dispose();
        _nextRound = null;
        var summit = OpenSummit();
        if (summit.IsOver || S.Stopped || _round is not null) return;
        try { await Self.StartRound(summit.Round + 1); }
        catch (Exception e)
        {
            logger.LogWarning(e, "Summit {SummitId}: round {Round} failed; trying again", SummitId, summit.Round + 1);
            if (_round is null && _pace is not null && _nextRound is null) ScheduleNextRound();
        }
    }
}
