using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;

namespace TechPact.Grains.Summits;

/// <summary>The one summit loop: opens each round, has every seat answer through its country grain,
/// closes the round when every seat has answered, its deadline passed or the instructor closed it, and
/// hands the moves to the engine (<see cref="Summit.ApplyTurn"/>). Every decision is the engine's.</summary>
/// <remarks>The engine's <see cref="Summit"/> is the whole state, and its transcript (with the seat lines,
/// <see cref="SeatBook"/>) the whole history: the grain stores the opening, then appends each round
/// (<see cref="SummitRecord"/>), and rebuilds the summit from the log with <see cref="SummitReplay"/> when
/// it activates. A summit with outside seats also stores its <see cref="SummitSeating"/> (seat changes, the
/// open round's clock, tokens, injects), so a round that was open when the silo died opens again, person
/// answers kept. No call waits for a person: rounds close on events (an answer, the deadline timer), and
/// callers follow with the bounded <see cref="WaitForRound"/>. An experiment's run (<see cref="Play"/>) is
/// neither stored nor listed, and the next run reuses the grain and its countries. A finished summit is
/// released from memory once nobody has asked for it for <see cref="SummitRetention.FinishedIdle"/>; it
/// activates again from its log when asked. The seats' side (taking a seat, a person's view and answers)
/// is in SummitGrain.Seats.cs, the rounds themselves in SummitGrain.Rounds.cs, the instructor's round clock and
/// autoplay in SummitGrain.Clock.cs.</remarks>
public sealed partial class SummitGrain(
    [PersistentState("seats")] IPersistentState<SummitSeating> seating,
    ILogger<SummitGrain> logger,
    ISummitLogStore logs,
    SummitRetention retention,
    RoundClock roundClock,
    NegotiationMetrics metrics) : Grain, ISummitGrain, IIncomingGrainCallFilter
{
    /// <summary>A person seat taken on a summit that had no round deadline gets this one.</summary>
    public static readonly TimeSpan DefaultRoundTime = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(1);

    // The summit and its history.
    private Summit? _summit;
    private bool _unlisted;
    private SeatBook _book = new([], []);
    private SummitRecord _record = null!;
    // Its countries, its watchers.
    private SummitTable _table = null!;
    private SummitAnnouncer _announcer = null!;
    // The open round and who waits for it.
    private RoundInPlay? _round;
    private bool _reopen;
    private int _version;
    private TaskCompletionSource _changed = NewSignal();
    // Its timers: the open round's deadline, the next round when playing by itself, the release when finished.
    private IGrainTimer? _deadlineTimer;
    private IGrainTimer? _nextRound;
    private IGrainTimer? _release;
    private TimeSpan? _pace;
    private DateTime _lastCall = DateTime.UtcNow;

    private string SummitId => this.GetPrimaryKeyString();
    private TimeProvider Clock => roundClock.Time;
    private SummitSeating S => seating.State;

    // ---- activation and storage ----

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var store = logs;
        _record = new SummitRecord(store, this.GetGrainId());
        _table = new SummitTable(GrainFactory, SummitId);
        _announcer = new SummitAnnouncer(GrainFactory, SummitId, metrics, logger);
        if (await _record.ReadAsync() is not { } stored) return;
        _summit = SummitReplay.Rebuild(stored.Scenario, stored.Rules, stored.Transcript);
        _book = new SeatBook(S.Changes, stored.Transcript.OfType<SeatPlayedByAi>());
        _announcer.Resume(_summit, stored.Transcript.Length);
        // A round was open when the grain last stopped: it opens again on the next call or tick.
        _reopen = S.OpenRound == _summit.Round + 1 && !_summit.IsOver && !S.Stopped;
        if (_reopen) StartDeadlineTimer();
        if (_summit.IsOver || S.Stopped) ReleaseWhenIdle();
    }

    /// <summary>Every call counts as use: a finished summit nobody asks for is released (see <see cref="ReleaseWhenIdle"/>).</summary>
    public Task Invoke(IIncomingGrainCallContext context)
    {
        _lastCall = DateTime.UtcNow;
        return context.Invoke();
    }

    /// <summary>Appends what the round added to the stored log (a listed summit only).</summary>
    private Task Store(Summit summit) => _unlisted ? Task.CompletedTask : _record.AppendAsync(TranscriptOf(summit));

    private async Task StoreSeating()
    {
        if (!_book.IsEmpty || S.Injects.Count > 0 || S.Stopped || seating.RecordExists) await seating.WriteStateAsync();
    }

    private IReadOnlyList<TranscriptEvent> TranscriptOf(Summit summit) =>
        _book.IsEmpty ? summit.Transcript : SeatTranscript.Merge(summit.Transcript, _book.Lines);

    /// <summary>The scenario and rules as opened, before round 1's events fired (replaying fires them again).</summary>
    private (Scenario Scenario, NegotiationRules Rules) Opening(Summit summit) =>
        _record.Opening ?? (summit.Transcript.OfType<SummitOpened>().First().Source ?? summit.Scenario, summit.Rules);

    /// <summary>Finished and not asked for within the retention time: released from memory (its log stays).</summary>
    private void ReleaseWhenIdle()
    {
        var idle = retention.FinishedIdle;
        var every = TimeSpan.FromTicks(Math.Clamp(idle.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromMinutes(1).Ticks));
        _release ??= this.RegisterGrainTimer(_ =>
        {
            if (DateTime.UtcNow - _lastCall >= idle && _round is null) this.DeactivateOnIdle();
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(every, every) { KeepAlive = false, Interleave = true });
    }

    // ---- opening ----

    public Task<SummitView> Open(Scenario scenario, NegotiationRules rules) => Open(scenario, rules, SeatPlan.None);

    public async Task<SummitView> Open(Scenario scenario, NegotiationRules rules, SeatPlan seats)
    {
        RefuseIfOpen();
        var summit = Summit.Open(scenario, rules);
        var changes = CheckPlan(summit, seats).Select(s => new SeatChange(0, s.Country, s.Seat, "")).ToList();
        return await OpenWith(summit, seats, changes, []);
    }

    public async Task<SummitView> OpenFork(SummitLog parent, int atRound, NegotiationRules rules, ImmutableArray<ScenarioEvent> events, SeatPlan seats)
    {
        RefuseIfOpen();
        var at = SummitReplay.RebuildThrough(parent.Scenario, parent.Rules, parent.Transcript, atRound);
        var summit = at.Fork(rules, events);
        // The parent's seats up to the fork are history; from the fork on the AI plays them, unless named again.
        var named = CheckPlan(summit, seats).ToDictionary(s => s.Country, s => s.Seat);
        var lines = SeatTranscript.ForFork(SeatTranscript.SeatLines(parent.Transcript), atRound, summit.Scenario,
            named.ToDictionary(n => n.Key, n => (n.Value.Kind, n.Value.By)));
        var changes = lines.OfType<SeatTaken>()
            .Select(t => new SeatChange(t.Round, t.Country, t.Round > atRound && named.TryGetValue(t.Country, out var spec) ? spec : new SeatSpec(t.Kind, t.By), t.Reason))
            .ToList();
        return await OpenWith(summit, seats, changes, lines.OfType<SeatPlayedByAi>(), (parent.Scenario, parent.Rules));
    }

    private async Task<SummitView> OpenWith(Summit summit, SeatPlan seats, List<SeatChange> changes, IEnumerable<SeatPlayedByAi> played,
        (Scenario Scenario, NegotiationRules Rules)? openedAs = null)
    {
        (_unlisted, _book) = (false, new SeatBook(changes, played));
        _table.Reset();
        // A class table's fork has an owner too (it is the instructor's to watch) even when all its seats are the AI's.
        if (!_book.IsEmpty || seats.Owner is not null)
        {
            seating.State = new SummitSeating { Plan = seats, Changes = changes };
            await seating.WriteStateAsync();
        }
        await _table.BriefFor(summit);
        var (scenario, rules) = openedAs ?? Opening(summit);
        var transcript = TranscriptOf(summit);
        await _record.OpenAsync(scenario, rules, transcript);
        _summit = summit;
        await _announcer.Opened(summit, scenario, transcript);
        return View();
    }

    private void RefuseIfOpen()
    {
        if (_summit is not null && !_unlisted) throw new InvalidOperationException($"Summit {SummitId} is already open.");
        if (_record.Exists) throw new InvalidOperationException($"Summit {SummitId} is already open.");
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

    // ---- an experiment's run ----

    /// <summary>Opens, plays to the end and answers the final view, in one call: nothing stored, nothing
    /// announced (a sweep's runs are read by the sweep, and replayed by it should a silo die). The grain and
    /// its country grains then play the caller's next run, briefed afresh: the same moves as fresh grains.</summary>
    public async Task<SummitView> Play(Scenario scenario, NegotiationRules rules)
    {
        RefuseIfOpen();
        (_unlisted, _book, _round, _reopen) = (true, new SeatBook([], []), null, false);
        _table.Reset();
        var summit = Summit.Open(scenario, rules);
        while (!summit.IsOver) summit = await PlayInstantly(summit);
        _summit = summit;
        _announcer.RunPlayed(summit);
        Changed();
        ReleaseWhenIdle();
        return View();
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
        var (scenario, rules) = Opening(summit);
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

    /// <summary>The summit, or (asked of a summit that was never opened) an error, and the empty activation goes at once.</summary>
    private Summit OpenSummit()
    {
        if (_summit is { } summit) return summit;
        this.DeactivateOnIdle();
        throw new InvalidOperationException($"Summit {SummitId} has not been opened.");
    }
}

/// <summary>The open round: its context, the strategy seats' moves (made at once) and the outside seats still to answer.</summary>
internal sealed record RoundInPlay(int Number, RoundContext Context, CountryMove?[] Moves, HashSet<string> Waiting);
