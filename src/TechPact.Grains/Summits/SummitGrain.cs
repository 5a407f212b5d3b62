using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using TechPact.Contracts;
using TechPact.Contracts.Countries;
using TechPact.Contracts.Seats;
using TechPact.Contracts.Summits;
using TechPact.Contracts.Watching;
using TechPact.Grains.Classroom;
using TechPact.Grains.Telemetry;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>The one summit loop: opens each round, has every seat answer through its country grain,
/// closes the round when every seat has answered, its deadline passed or the instructor closed it, and
/// hands the moves to the engine (<see cref="Summit.ApplyTurn"/>). Every decision is the engine's.</summary>
/// <remarks>The engine's <see cref="Summit"/> is the whole state, and its transcript (with the seat lines,
/// <see cref="SeatBook"/>) the whole history: the grain stores exactly that log after the opening and
/// every round, and rebuilds the summit from it with <see cref="SummitReplay"/> when it activates. A
/// summit with outside seats also stores its <see cref="SummitSeating"/> (seat changes, the open round's
/// clock, tokens, injects), so a round that was open when the silo died opens again, person answers kept.
/// No call waits for a person: rounds close on events (an answer, the deadline timer), and callers
/// follow with the bounded <see cref="WaitForRound"/>.</remarks>
public sealed class SummitGrain(
    [PersistentState("summit")] IPersistentState<SummitLog> log,
    [PersistentState("seats")] IPersistentState<SummitSeating> seating,
    ILogger<SummitGrain> logger,
    RoundClock? roundClock = null,
    NegotiationMetrics? metrics = null) : Grain, ISummitGrain
{
    /// <summary>A person seat taken on a summit that had no round deadline gets this one.</summary>
    public static readonly TimeSpan DefaultRoundTime = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(1);

    private Summit? _summit;
    private SeatBook _book = new([], []);
    private (Scenario Scenario, NegotiationRules Rules)? _opening;
    private ImmutableArray<ICountryGrain> _countries = [];
    private object? _briefedFor;
    private readonly Dictionary<string, SeatSpec> _seated = new(StringComparer.Ordinal);
    private RoundInPlay? _round;
    private bool _reopen;
    private int _version;
    private TaskCompletionSource _changed = NewSignal();
    private IGrainTimer? _deadlineTimer;
    private IGrainTimer? _nextRound;
    private TimeSpan? _pace;
    private int _announced;
    private int _convergedAnnounced;

    private string SummitId => this.GetPrimaryKeyString();
    private TimeProvider Clock => RoundClock.Of(roundClock);
    private SummitSeating S => seating.State;

    // ---- activation and storage ----

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (log.RecordExists)
        {
            var stored = log.State;
            _summit = SummitReplay.Rebuild(stored.Scenario, stored.Rules, stored.Transcript);
            _opening = (stored.Scenario, stored.Rules);
            _book = new SeatBook(S.Changes, stored.Transcript.OfType<SeatPlayedByAi>());
            _announced = stored.Transcript.Length;
            _convergedAnnounced = _summit.Transcript.Count == 0 ? 0 : SummitViews.LastRound(_summit).ConvergedIssues.Length;
            // A round was open when the grain last stopped: it opens again on the next call or tick.
            _reopen = S.OpenRound == _summit.Round + 1 && !_summit.IsOver && !S.Stopped;
            if (_reopen) StartDeadlineTimer();
        }
        return Task.CompletedTask;
    }

    /// <summary>Writes the whole log. The opening scenario and rules head it; a fork is an event in it.</summary>
    private async Task Store(Summit summit)
    {
        var stored = log.State;
        // The scenario as opened, before its round-1 events fired: replaying fires them again.
        var (scenario, rules) = _opening ??= (summit.Transcript.OfType<SummitOpened>().First().Source ?? summit.Scenario, summit.Rules);
        log.State = new SummitLog(scenario, rules, [.. TranscriptOf(summit)]);
        try
        {
            await log.WriteStateAsync();
        }
        catch
        {
            log.State = stored;
            throw;
        }
    }

    private async Task StoreSeating()
    {
        if (!_book.IsEmpty || S.Injects.Count > 0 || S.Stopped || seating.RecordExists) await seating.WriteStateAsync();
    }

    private IReadOnlyList<TranscriptEvent> TranscriptOf(Summit summit) =>
        _book.IsEmpty ? summit.Transcript : SeatTranscript.Merge(summit.Transcript, _book.Lines);

    // ---- opening ----

    public Task<SummitView> Open(Scenario scenario, NegotiationRules rules) => Open(scenario, rules, SeatPlan.None);

    public async Task<SummitView> Open(Scenario scenario, NegotiationRules rules, SeatPlan seats)
    {
        if (_summit is not null) throw new InvalidOperationException($"Summit {SummitId} is already open.");
        var summit = Summit.Open(scenario, rules);
        var changes = CheckPlan(summit, seats).Select(s => new SeatChange(0, s.Country, s.Seat, "")).ToList();
        return await OpenWith(summit, seats, changes, []);
    }

    public async Task<SummitView> OpenFork(SummitLog parent, int atRound, NegotiationRules rules, ImmutableArray<ScenarioEvent> events, SeatPlan seats)
    {
        if (_summit is not null) throw new InvalidOperationException($"Summit {SummitId} is already open.");
        var at = SummitReplay.RebuildThrough(parent.Scenario, parent.Rules, parent.Transcript, atRound);
        var summit = at.Fork(rules, events);
        _opening = (parent.Scenario, parent.Rules);
        // The parent's seats up to the fork are history; from the fork on the AI plays them, unless named again.
        var named = CheckPlan(summit, seats).ToDictionary(s => s.Country, s => s.Seat);
        var lines = SeatTranscript.ForFork(SeatTranscript.SeatLines(parent.Transcript), atRound, summit.Scenario,
            named.ToDictionary(n => n.Key, n => (n.Value.Kind, n.Value.By)));
        var changes = lines.OfType<SeatTaken>()
            .Select(t => new SeatChange(t.Round, t.Country, t.Round > atRound && named.TryGetValue(t.Country, out var spec) ? spec : new SeatSpec(t.Kind, t.By), t.Reason))
            .ToList();
        return await OpenWith(summit, seats, changes, lines.OfType<SeatPlayedByAi>());
    }

    private async Task<SummitView> OpenWith(Summit summit, SeatPlan seats, List<SeatChange> changes, IEnumerable<SeatPlayedByAi> played)
    {
        _book = new SeatBook(changes, played);
        // A class table's fork has an owner too (it is the instructor's to watch) even when all its seats are the AI's.
        if (!_book.IsEmpty || seats.Owner is not null)
        {
            seating.State = new SummitSeating { Plan = seats, Changes = changes };
            await seating.WriteStateAsync();
        }
        await BriefCountries(summit);
        await Store(summit);
        _summit = summit;
        await AnnounceOpening();
        return View();
    }

    /// <summary>The plan's outside seats, in table order; refuses what the summit can't seat.</summary>
    private static IEnumerable<(string Country, SeatSpec Seat)> CheckPlan(Summit summit, SeatPlan seats)
    {
        foreach (var (country, _) in seats.Seats)
            if (summit.Scenario.CountryIndex(country) < 0)
                throw new ArgumentException($"The scenario has no country '{country}'; its countries are {string.Join(", ", summit.Scenario.Countries.Select(c => c.Id))}.");
        var outside = summit.Scenario.Countries.Where(c => seats.Seats.GetValueOrDefault(c.Id)?.IsOutside == true)
            .Select(c => (c.Id, seats.Seats[c.Id])).ToList();
        if (outside.Count == 0) return outside;
        if (SeatRules.Problem(summit) is { } problem) throw new ArgumentException(problem);
        if (outside.Any(s => s.Item2.Kind == SeatKind.Person) && seats.RoundTime is null)
            throw new ArgumentException("A summit with a person's seat needs a round deadline (SeatPlan.RoundTime).");
        return outside;
    }

    // ---- rounds ----

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
        var clockFresh = !(resume && S.OpenRound == number);
        if (clockFresh)
        {
            S.OpenRound = number;
            var length = AnyPerson(number) ? S.Plan.RoundTime : null;
            (S.Deadline, S.Remaining) = length is not { } l ? ((DateTimeOffset?)null, (TimeSpan?)null)
                : S.Paused ? (null, l) : (Clock.GetUtcNow() + l, null);
            await seating.WriteStateAsync();
        }
        try { _round = await OpenSeats(summit, number); }
        catch (Exception e) when (e is not Refusal)
        {
            logger.LogWarning(e, "Summit {SummitId}: opening round {Round} failed at a country; briefing the table again", SummitId, number);
            ForgetBriefing();
            _round = await OpenSeats(summit, number);
        }
        StartDeadlineTimer();
        Changed();
        if (_round.Waiting.Count == 0) await CloseOpenRound(SeatFault.Silent);
    }

    private async Task<RoundInPlay> OpenSeats(Summit summit, int number)
    {
        if (!ReferenceEquals(_briefedFor, summit.Setting)) await BriefCountries(summit);
        await SeatCountries(summit, number);
        var turn = summit.NextTurn();
        var moves = new CountryMove?[summit.Scenario.Countries.Length];
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        await Task.WhenAll(turn.Countries.Select(async c =>
        {
            var id = summit.Scenario.Countries[c].Id;
            if (!SeatOf(summit, c, number).IsOutside) { moves[c] = await _countries[c].Commit(turn.Context); return; }
            var kept = S.Answers.GetValueOrDefault(id) is { } answer && answer.Round == number ? answer.Move : null;
            var ticket = new RoundTicket(SummitId, turn.Context, SeatViews.For(summit, c), S.Deadline, kept);
            if (!await _countries[c].OpenRound(ticket)) waiting.Add(id);
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
            ForgetBriefing();
            _round = await OpenSeats(summit, open.Number);
            if (_round.Waiting.Count == 0 || unanswered == SeatFault.ClosedEarly || DeadlinePassed()) await CloseOpenRound(unanswered);
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
        var next = summit.Apply(moves!);
        if (!next.IsOver) HandOverFailingSeats(next, open.Number, failed);
        await AfterRound(next);
    }

    private async Task<SeatOutcome?[]> CloseSeats(Summit summit, RoundInPlay open, SeatFault unanswered)
    {
        var outcomes = new SeatOutcome?[summit.Scenario.Countries.Length];
        await Task.WhenAll(Enumerable.Range(0, outcomes.Length).Where(c => open.Moves[c] is null).Select(async c =>
            outcomes[c] = await _countries[c].CloseRound(open.Number, unanswered)));
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

    /// <summary>A round has closed: the instructor's injects fire as the next one opens; the log is stored,
    /// then the watchers hear of it (a round counts only once stored, so a caller that lost the answer can ask again).</summary>
    private async Task AfterRound(Summit next)
    {
        if (!next.IsOver && S.Injects.Count > 0)
        {
            next = next.Fork(next.Rules, S.Injects.Select(e => e with { Round = next.Round + 1 }));
            S.Injects.Clear();
        }
        (S.OpenRound, S.Deadline, S.Remaining) = (0, null, null);
        S.Answers.Clear();
        await Store(next);
        await StoreSeating();
        (_summit, _round) = (next, null);
        StopDeadlineTimer();
        await AnnounceRoundSafely();
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
            ForgetBriefing();
            return await PlayTurns(summit);
        }
    }

    private async Task<Summit> PlayTurns(Summit summit)
    {
        var round = summit.Round;
        while (!summit.IsOver && summit.Round == round)
        {
            if (!ReferenceEquals(_briefedFor, summit.Setting)) await BriefCountries(summit);
            await SeatCountries(summit, round + 1);
            var turn = summit.NextTurn();
            var moves = await Task.WhenAll(turn.Countries.Select(c => _countries[c].Commit(turn.Context)));
            summit = summit.ApplyTurn(moves);
        }
        return summit;
    }

    private async Task BriefCountries(Summit summit)
    {
        var countries = summit.Scenario.Countries
            .Select(c => GrainFactory.GetGrain<ICountryGrain>(CountryKey.For(SummitId, c.Id)))
            .ToImmutableArray();
        await Task.WhenAll(summit.Briefs().Select((brief, i) => countries[i].Brief(brief)));
        (_countries, _briefedFor) = (countries, summit.Setting);
    }

    /// <summary>Tells each country grain who plays it this round, where that changed (an agent program starts or stops).</summary>
    private async Task SeatCountries(Summit summit, int round)
    {
        if (_book.IsEmpty) return;
        await Task.WhenAll(summit.Scenario.Countries.Select(async (c, i) =>
        {
            var seat = SeatOf(summit, i, round);
            if (_seated.TryGetValue(c.Id, out var told) ? told.Equals(seat) : !seat.IsOutside) return;
            await _countries[i].Seat(seat, S.Plan.MoveTime);
            _seated[c.Id] = seat;
        }));
    }

    private void ForgetBriefing()
    {
        _briefedFor = null;
        _seated.Clear();
    }

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
    /// (an agent program is told and stopped), and the cluster stops waking it.</summary>
    private async Task Finish(bool stopped)
    {
        var summit = OpenSummit();
        StopDeadlineTimer();
        _nextRound?.Dispose();
        _nextRound = null;
        foreach (var country in _book.Changes.Select(c => c.Country).Distinct())
        {
            var c = summit.Scenario.CountryIndex(country);
            try { await _countries[c].End(SeatViews.For(summit, c)); }
            catch (Exception e) { logger.LogWarning(e, "Summit {SummitId}: telling {Country} the summit ended failed", SummitId, country); }
        }
        if (_pace is not null || stopped) await RunningSummits.Of(GrainFactory).Remove(SummitId);
        _pace = null;
    }

    // ---- seats ----

    public async Task TakeSeat(string country, SeatSpec seat, string? token, string reason, TimeSpan? roundTime)
    {
        var summit = OpenSummit();
        var c = summit.Scenario.CountryIndex(country);
        if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
        if (summit.IsOver || S.Stopped) throw new Refusal(RefusalKind.Conflict, "The summit is over: its seats can't change hands.");
        if (seat.IsOutside && SeatRules.Problem(summit) is { } problem) throw new Refusal(RefusalKind.Invalid, problem);
        if (seat.Kind == SeatKind.Person)
        {
            if (string.IsNullOrEmpty(token)) throw new ArgumentException("A person's seat needs a token.", nameof(token));
            S.Tokens[country] = token;
            if (roundTime is not null || S.Plan.RoundTime is null) S.Plan = S.Plan with { RoundTime = roundTime ?? DefaultRoundTime };
        }
        else S.Tokens.Remove(country);

        var round = _round?.Number ?? summit.Round + 1;
        if (!SeatOf(summit, c, round).Equals(seat))
        {
            // The AI can take a silent seat of the open round at once; anyone else starts with the next round.
            // (Never "from the opening" once open: a seat line must land after what watchers have already been sent.)
            var now = _round is { } open && !seat.IsOutside && open.Waiting.Contains(country);
            var change = new SeatChange(_round is null || now ? round : round + 1, country, seat, reason);
            _book.Change(change);
            S.Changes.Add(change);
            if (now)
            {
                await _countries[c].Seat(seat, S.Plan.MoveTime);
                _seated[country] = seat;
                _round!.Moves[c] = await _countries[c].Commit(_round.Context);
                _round.Waiting.Remove(country);
            }
        }
        await seating.WriteStateAsync();
        Changed();
        if (_round is { Waiting.Count: 0 }) await CloseOpenRound(SeatFault.Silent);
    }

    public async Task<SeatSnapshot> GetSeat(string country, string token)
    {
        var (summit, c) = await PersonSeat(country, token);
        return await SnapshotOf(summit, c, country);
    }

    public async Task<SeatSnapshot> WatchSeat(string country)
    {
        var c = OpenSummit().Scenario.CountryIndex(country);
        if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
        await ReopenIfNeeded();
        return await SnapshotOf(OpenSummit(), c, country);
    }

    private async Task<SeatSnapshot> SnapshotOf(Summit summit, int c, string country)
    {
        var refused = _round is not null && SeatOf(summit, c, _round.Number).IsOutside ? await _countries[c].LastRefusal() : null;
        var submitted = _round is { } open && S.Answers.GetValueOrDefault(country) is { } answer && answer.Round == open.Number ? answer.Answer : null;
        return new SeatSnapshot(SummitId, SeatOf(summit, c, _round?.Number ?? summit.Round + 1), SeatViews.For(summit, c),
            _round?.Number ?? 0, submitted, refused, ClockView(), _book.PlayedFor(country));
    }

    public async Task<SeatSnapshot> Submit(string country, string token, int round, SeatAnswer answer)
    {
        var (summit, c) = await PersonSeat(country, token);
        if (summit.IsOver || S.Stopped) throw new Refusal(RefusalKind.Conflict, "The negotiation at your table is over: no more rounds.");
        if (S.Paused) throw new Refusal(RefusalKind.Conflict, "The session is paused: submit when your instructor resumes it.");
        if (_round is not { } open)
            throw new Refusal(RefusalKind.Conflict, round <= summit.Round
                ? $"Round {round} has closed; the next round opens shortly."
                : "No round is open yet: wait for the first round.");
        if (round != open.Number)
            throw new Refusal(RefusalKind.Conflict, round < open.Number
                ? $"Round {round} has closed; the table is in round {open.Number} now. Review the new draft and submit again."
                : $"Round {round} has not opened; the table is in round {open.Number}.");
        if (open.Moves[c] is not null) throw new Refusal(RefusalKind.Conflict, "The AI plays your seat this round.");
        var move = await _countries[c].Submit(round, answer);
        S.Answers[country] = new StoredAnswer { Round = round, Answer = answer, Move = move };
        await seating.WriteStateAsync();
        open.Waiting.Remove(country);
        Changed();
        if (open.Waiting.Count == 0) await CloseOpenRound(SeatFault.Silent);
        return await GetSeat(country, token);
    }

    public async Task SeatAnswered(int round, string country)
    {
        if (_round is not { } open || open.Number != round || !open.Waiting.Remove(country)) return;
        Changed();
        if (open.Waiting.Count == 0) await CloseOpenRound(SeatFault.Silent);
    }

    /// <summary>Checks the seat's token; then a summit just reactivated opens its round again (or briefs its table).</summary>
    private async Task<(Summit Summit, int Country)> PersonSeat(string country, string token)
    {
        var c = OpenSummit().Scenario.CountryIndex(country);
        if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
        if (!S.Tokens.TryGetValue(country, out var expected) || !Secrets.Same(expected, token))
            throw new Refusal(RefusalKind.Forbidden, "This seat's token was not presented: you can only see and play your own seat.");
        await ReopenIfNeeded();
        if (!ReferenceEquals(_briefedFor, OpenSummit().Setting)) await BriefCountries(OpenSummit());
        return (OpenSummit(), c);
    }

    // ---- the round clock ----

    public async Task Pause()
    {
        if (S.Paused) return;
        var now = Clock.GetUtcNow();
        if (S.Deadline is { } deadline) (S.Remaining, S.Deadline) = (deadline > now ? deadline - now : TimeSpan.Zero, null);
        S.Paused = true;
        await seating.WriteStateAsync();
        Changed();
    }

    public async Task Resume()
    {
        if (!S.Paused) return;
        if (S.Remaining is { } remaining) (S.Deadline, S.Remaining) = (Clock.GetUtcNow() + remaining, null);
        S.Paused = false;
        await seating.WriteStateAsync();
        Changed();
    }

    public async Task Extend(TimeSpan more)
    {
        if (S.Deadline is null && S.Remaining is null) throw new Refusal(RefusalKind.Conflict, "There is no round deadline to extend.");
        if (S.Deadline is { } d) S.Deadline = d + more;
        if (S.Remaining is { } r) S.Remaining = r + more;
        await seating.WriteStateAsync();
        Changed();
    }

    public async Task Inject(ScenarioEvent scenarioEvent)
    {
        if (OpenSummit().IsOver || S.Stopped) throw new Refusal(RefusalKind.Conflict, "The summit is over: no more events.");
        if (S.Injects.Any(e => e.Id == scenarioEvent.Id))
            throw new Refusal(RefusalKind.Conflict, $"'{scenarioEvent.Title}' already fires when the next round opens.");
        S.Injects.Add(scenarioEvent);
        await seating.WriteStateAsync();
        Changed();
    }

    public async Task CloseRound()
    {
        await ReopenIfNeeded();
        if (_round is not null) await CloseOpenRound(SeatFault.ClosedEarly);
    }

    public async Task CheckDeadline()
    {
        await ReopenIfNeeded();
        if (_round is not null && !S.Paused && DeadlinePassed()) await CloseOpenRound(SeatFault.Silent);
    }

    public async Task Stop()
    {
        if (S.Stopped) return;
        S.Stopped = true;
        (S.OpenRound, S.Deadline, S.Remaining, _round, _reopen) = (0, null, null, null, false);
        await seating.WriteStateAsync();
        await Finish(stopped: true);
        Changed();
    }

    private bool DeadlinePassed() => S.Deadline is { } deadline && deadline <= Clock.GetUtcNow();

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

    // ---- views ----

    public async Task<int> WaitForChange(int knownVersion, int waitSeconds)
    {
        if (knownVersion != _version) return _version;
        await Task.WhenAny(_changed.Task, Task.Delay(TimeSpan.FromSeconds(Math.Clamp(waitSeconds, 1, 25))));
        return _version;
    }

    public Task<SummitView> GetView() => Task.FromResult(View());

    public Task<ImmutableArray<TranscriptEvent>> GetTranscript() => Task.FromResult(TranscriptOf(OpenSummit()).ToImmutableArray());

    public Task<SummitLog> GetLog()
    {
        var summit = OpenSummit();
        var (scenario, rules) = _opening!.Value;
        return Task.FromResult(new SummitLog(scenario, rules, [.. TranscriptOf(summit)]));
    }

    public Task<SiloAddress> GetHost() => Task.FromResult(GrainContext.Address.SiloAddress!);

    private SummitView View()
    {
        var summit = OpenSummit();
        var round = _round?.Number ?? summit.Round + 1;
        return SummitViews.Of(SummitId, summit) with
        {
            Seats = [.. summit.Scenario.Countries.Select((_, c) => SeatOf(summit, c, round))],
            Clock = ClockView(),
            Waiting = _round is null ? [] : [.. summit.Scenario.Countries.Select(c => c.Id).Where(_round.Waiting.Contains)],
            Version = _version,
            Stopped = S.Stopped,
            PendingEvents = [.. S.Injects.Select(e => e.Title)],
            Owner = S.Plan.Owner,
        };
    }

    private RoundView LastRound() => SummitViews.LastRound(OpenSummit()) with { SeatLines = _book.LinesOfRound(OpenSummit().Round) };

    private void Changed()
    {
        _version++;
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ISummitGrain Self => GrainFactory.GetGrain<ISummitGrain>(SummitId);

    private Summit OpenSummit() =>
        _summit ?? throw new InvalidOperationException($"Summit {SummitId} has not been opened.");

    // ---- watching: the directory hears it open and every round end; the counters move ----

    private async Task AnnounceOpening()
    {
        var summit = OpenSummit();
        metrics?.SummitOpened();
        var transcript = TranscriptOf(summit);
        _announced = transcript.Count;
        await SummitDirectory.Of(GrainFactory).SummitOpened(
            // The scenario the log opened with: a fork's table may have changed since (events).
            new SummitAnnouncement(SummitId, _opening?.Scenario ?? summit.Scenario, summit.Rules, [.. transcript]));
    }

    /// <summary>The round is stored already: a watcher that misses its notice catches up from the log,
    /// so a lost notice (the directory's silo died) must not fail the round.</summary>
    private async Task AnnounceRoundSafely()
    {
        var summit = OpenSummit();
        var round = SummitViews.LastRound(summit);
        if (metrics is not null)
        {
            metrics.RoundCompleted(Math.Max(0, round.ConvergedIssues.Length - _convergedAnnounced));
            if (summit.IsOver) metrics.SummitConcluded(summit.Status);
        }
        _convergedAnnounced = round.ConvergedIssues.Length;
        var transcript = TranscriptOf(summit);
        var start = _announced;
        _announced = transcript.Count;
        try { await SummitDirectory.Of(GrainFactory).RoundEnded(new SummitRoundNotice(SummitId, round, start, [.. transcript.Skip(start)])); }
        catch (Exception e) { logger.LogWarning(e, "Summit {SummitId}: the round notice was lost", SummitId); }
    }
}

/// <summary>The open round: its context, the strategy seats' moves (made at once) and the outside seats still to answer.</summary>
internal sealed record RoundInPlay(int Number, RoundContext Context, CountryMove?[] Moves, HashSet<string> Waiting);
