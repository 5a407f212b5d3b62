namespace TechPact.Grains.Summits;

/// <summary>The summit's rounds: opening one, having every seat answer through its country grain, closing it
/// (every seat answered, the deadline passed, or the instructor closed it) and handing the moves to the engine;
/// and the whole-run loop an experiment's <see cref="Play"/> uses. (Fields: SummitGrain.cs.)</summary>
public sealed partial class SummitGrain
{
    public Task<RoundView> RunRound() => RunRound(_round?.Number ?? OpenSummit().Round + 1);

    public async Task<RoundView> RunRound(int round)
    {
        var view = await Self.StartRound(round);
        while (view is null) view = await WaitForRound(round, 60);
        return view;
    }

    public async Task<SummitView> RunToEnd()
    {
        while (true)
        {
            // As many rounds as answer at once, in one call (an AI-only summit: all of them); then wait for the open one.
            var view = await Self.PlayRoundsNow();
            if (view.IsOver) return view;
            if (view.Stopped) throw new InvalidOperationException($"Summit {SummitId} was stopped.");
            var open = view.Clock?.OpenRound ?? view.Round + 1;
            while (await WaitForRound(open, 60) is null) { }
        }
    }

    public async Task<SummitView> PlayRoundsNow()
    {
        await ReopenIfNeeded();
        while (!OpenSummit().IsOver && _round is null && !S.Stopped) await OpenNextRound(resume: false);
        return View();
    }

    public async Task<RoundView?> StartRound(int round)
    {
        await ReopenIfNeeded();
        var summit = OpenSummit();
        // The round asked for is already in the log: the caller is retrying a call whose answer it lost.
        if (round == summit.Round && round > 0) return LastRound();
        if (_round is { } open && open.Number == round) return null;
        if (summit.IsOver) throw new InvalidOperationException($"Summit {SummitId} is over ({summit.Status}).");
        if (round != summit.Round + 1 || _round is not null)
            throw new InvalidOperationException($"Summit {SummitId} has played {summit.Round} rounds; round {round} can't be played now.");
        if (S.Stopped) throw new InvalidOperationException($"Summit {SummitId} was stopped.");
        await OpenNextRound(resume: false);
        return OpenSummit().Round >= round ? LastRound() : null;
    }

    public async Task<RoundView?> WaitForRound(int round, int waitSeconds)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Clamp(waitSeconds, 1, 60));
        while (true)
        {
            if (OpenSummit().Round >= round) return LastRound();
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || S.Stopped) return null;
            await Task.WhenAny(_changed.Task, Task.Delay(left));
        }
    }

    /// <summary>Opens the next round. With every seat a strategy it is played at once, turn by turn, as
    /// before seats existed; otherwise the outside seats get their tickets and the round stays open.</summary>
    private async Task OpenNextRound(bool resume)
    {
        var summit = OpenSummit();
        var number = summit.Round + 1;
        _reopen = false;
        if (!_book.AnyOutside(number, summit.Scenario))
        {
            await AfterRound(await PlayInstantly(summit));
            return;
        }
        if (!(resume && S.OpenRound == number))
        {
            S.OpenClock(number, AnyPerson(number) ? S.Plan.RoundTime : null, Clock.GetUtcNow());
            await seating.WriteStateAsync();
        }
        try { _round = await OpenSeats(summit, number); }
        catch (Exception e) when (e is not Refusal)
        {
            logger.LogWarning(e, "Summit {SummitId}: opening round {Round} failed at a country; briefing the table again", SummitId, number);
            _table.Forget();
            _round = await OpenSeats(summit, number);
        }
        StartDeadlineTimer();
        Changed();
        if (_round.Waiting.Count == 0) await CloseOpenRound(SeatFault.Silent);
    }

    private async Task<RoundInPlay> OpenSeats(Summit summit, int number)
    {
        await _table.BriefFor(summit);
        await SeatCountries(summit, number);
        var turn = summit.NextTurn();
        var moves = new CountryMove?[summit.Scenario.Countries.Length];
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        await Task.WhenAll(turn.Countries.Select(async c =>
        {
            var id = summit.Scenario.Countries[c].Id;
            if (!SeatOf(summit, c, number).IsOutside) { moves[c] = await _table[c].Commit(turn.Context); return; }
            var kept = S.Answers.GetValueOrDefault(id) is { } answer && answer.Round == number ? answer.Move : null;
            var ticket = new RoundTicket(SummitId, turn.Context, SeatViews.For(summit, c), S.Deadline, kept);
            if (!await _table[c].OpenRound(ticket)) waiting.Add(id);
        }));
        return new RoundInPlay(number, turn.Context, moves, waiting);
    }

    private async Task CloseOpenRound(SeatFault unanswered)
    {
        var open = _round!;
        var summit = OpenSummit();
        SeatOutcome?[] outcomes;
        try { outcomes = await CloseSeats(summit, open, unanswered); }
        catch (Exception e) when (e is not Refusal)
        {
            // A country's silo died and it came back without its round: brief everyone again and reopen the
            // round (a person's stored answer comes back with it); it closes again as answers come in.
            logger.LogWarning(e, "Summit {SummitId}: closing round {Round} failed at a country; reopening it", SummitId, open.Number);
            _table.Forget();
            _round = await OpenSeats(summit, open.Number);
            if (_round.Waiting.Count == 0 || unanswered == SeatFault.ClosedEarly || S.DeadlinePassed(Clock.GetUtcNow())) await CloseOpenRound(unanswered);
            return;
        }
        var moves = open.Moves.ToArray();
        var failed = new List<SeatPlayedByAi>();
        for (var c = 0; c < moves.Length; c++)
        {
            if (outcomes[c] is not { } outcome) continue;
            moves[c] = outcome.Move;
            if (outcome.PlayedByAi is { } played) { _book.Played(played); failed.Add(played); }
        }
        // The countries at the table answer; an absent seat (its country left the summit) has no move.
        var next = summit.Apply([.. summit.NextTurn().Countries.Select(c => moves[c]!)]);
        if (!next.IsOver) HandOverFailingSeats(next, open.Number, failed);
        await AfterRound(next);
    }

    private async Task<SeatOutcome?[]> CloseSeats(Summit summit, RoundInPlay open, SeatFault unanswered)
    {
        var outcomes = new SeatOutcome?[summit.Scenario.Countries.Length];
        await Task.WhenAll(summit.NextTurn().Countries.Where(c => open.Moves[c] is null).Select(async c =>
            outcomes[c] = await _table[c].CloseRound(open.Number, unanswered)));
        return outcomes;
    }

    /// <summary>After <see cref="SeatPlan.HandOverAfter"/> failed rounds in a row a seat goes to the AI for
    /// the rest of the summit: one line in the transcript, one warning on the console.</summary>
    private void HandOverFailingSeats(Summit next, int round, IEnumerable<SeatPlayedByAi> failed)
    {
        foreach (var fault in failed)
        {
            var count = _book.FailuresInARow(fault.Country, round);
            if (count < S.Plan.HandOverAfter) continue;
            var strategy = next.Scenario.Countries[next.Scenario.CountryIndex(fault.Country)].Strategy.Name;
            var change = new SeatChange(round + 1, fault.Country, SeatSpec.Strategy(strategy),
                $"{count} failed rounds in a row ({_book.RecentFaults(fault.Country, round, count)}): the AI plays the seat for the rest of the summit");
            _book.Change(change);
            S.Changes.Add(change);
            logger.LogWarning("Summit {SummitId}: {Country}'s seat is handed to the AI ({Strategy}) after {Count} failed rounds in a row; last: {Detail}",
                SummitId, fault.Country, strategy, count, fault.Detail);
        }
    }

    /// <summary>A round has closed: the instructor's injects fire as the next one opens; the round is stored,
    /// then the watchers hear of it (a round counts only once stored, so a caller that lost the answer can ask again).</summary>
    private async Task AfterRound(Summit next)
    {
        if (!next.IsOver && S.Injects.Count > 0)
        {
            next = next.Fork(next.Rules, S.Injects.Select(e => e with { Round = next.Round + 1 }));
            S.Injects.Clear();
        }
        S.ClearClock();
        S.Answers.Clear();
        await Store(next);
        await StoreSeating();
        (_summit, _round) = (next, null);
        StopDeadlineTimer();
        await _announcer.RoundEnded(next, TranscriptOf(next));
        Changed();
        if (next.IsOver) await Finish(stopped: false);
        else if (_pace is not null) await PlayOn();
    }

    /// <summary>Every seat a strategy: one call per country per turn, all at once (Task.WhenAll keeps table
    /// order), or one after another in turn-taking protocols. When an event has changed the table since
    /// the last round, every country is briefed again first (a new party gets its grain).</summary>
    private async Task<Summit> PlayInstantly(Summit summit)
    {
        try { return await PlayTurns(summit); }
        catch (Exception e)
        {
            // A country's silo died, or the country reactivated elsewhere without its brief: the engine is
            // pure and the countries stateless, so brief everyone again and replay the round.
            logger.LogWarning(e, "Summit {SummitId}: round {Round} failed at a country; briefing the table again", SummitId, summit.Round + 1);
            _table.Forget();
            return await PlayTurns(summit);
        }
    }

    private async Task<Summit> PlayTurns(Summit summit)
    {
        var round = summit.Round;
        while (!summit.IsOver && summit.Round == round)
        {
            await _table.BriefFor(summit);
            await SeatCountries(summit, round + 1);
            var turn = summit.NextTurn();
            // A plain array of the calls, not a LINQ query handed to WhenAll: this loop is every turn of every sweep run.
            var calls = new Task<CountryMove>[turn.Countries.Length];
            for (var k = 0; k < calls.Length; k++) calls[k] = _table[turn.Countries[k]].Commit(turn.Context);
            summit = summit.ApplyTurn(await Task.WhenAll(calls));
        }
        return summit;
    }

    private Task SeatCountries(Summit summit, int round) =>
        _book.IsEmpty ? Task.CompletedTask : _table.Seat(summit, c => SeatOf(summit, c, round), S.Plan.MoveTime);

    /// <summary>The seat's holder in a round, with the stored plan's program arguments for an agent.</summary>
    private SeatSpec SeatOf(Summit summit, int country, int round)
    {
        var c = summit.Scenario.Countries[country];
        var seat = _book.At(c.Id, round, c.Strategy.Name);
        return seat.Kind == SeatKind.Agent && seat.Argv.IsDefaultOrEmpty && S.Plan.Seats.GetValueOrDefault(c.Id) is { Kind: SeatKind.Agent } planned
               && planned.By == seat.By ? planned : seat;
    }

    private bool AnyPerson(int round)
    {
        var summit = OpenSummit();
        return Enumerable.Range(0, summit.Scenario.Countries.Length).Any(c => SeatOf(summit, c, round).Kind == SeatKind.Person);
    }

    private async Task ReopenIfNeeded()
    {
        if (_reopen && _round is null && _summit is { IsOver: false }) await OpenNextRound(resume: true);
    }

    /// <summary>The summit is over (or stopped): every seat that was ever played from outside hears the end
    /// (an agent program is told and stopped), the cluster stops waking it, and it is released once idle.</summary>
    private async Task Finish(bool stopped)
    {
        var summit = OpenSummit();
        StopDeadlineTimer();
        _nextRound?.Dispose();
        _nextRound = null;
        foreach (var country in _book.Changes.Select(c => c.Country).Distinct())
        {
            var c = summit.Scenario.CountryIndex(country);
            try { await _table[c].End(SeatViews.For(summit, c)); }
            catch (Exception e) { logger.LogWarning(e, "Summit {SummitId}: telling {Country} the summit ended failed", SummitId, country); }
        }
        if (_pace is not null || stopped) await RunningSummits.Of(GrainFactory).Remove(SummitId);
        _pace = null;
        ReleaseWhenIdle();
    }
}
