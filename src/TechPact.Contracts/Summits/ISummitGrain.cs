using Orleans.Concurrency;

namespace TechPact.Contracts.Summits;

/// <summary>One summit, keyed by summit id: the one summit loop of the product (CLI runs, the live page,
/// sweeps, tournaments and classroom tables). It owns the rounds and their clock; its country grains
/// answer; the engine decides everything. Its state is its log (<see cref="SummitLog"/>), stored after
/// every round, so it survives the silo that hosts it.</summary>
/// <remarks>A round opens (<see cref="StartRound"/>), every seat answers — strategies at once, people
/// and agents when they do — and it closes when all have answered, when its deadline passes, or when
/// the instructor closes it. No call waits for people: <see cref="WaitForRound"/> is a bounded long poll.</remarks>
[Alias("techpact.ISummitGrain")]
public interface ISummitGrain : IGrainWithStringKey
{
    /// <summary>Opens the summit and briefs every country grain. A summit opens once.</summary>
    [Alias("Open")]
    Task<SummitView> Open(Scenario scenario, NegotiationRules rules);

    /// <summary>Opens the summit with some seats played by people or agents (the rest by their strategies).</summary>
    [Alias("OpenSeated")]
    Task<SummitView> Open(Scenario scenario, NegotiationRules rules, SeatPlan seats);

    /// <summary>Opens this summit as a what-if fork of another's log: its rounds 1..atRound, then
    /// new rules (a seed) and/or extra events. Seats the parent gave to people or agents go to the AI,
    /// unless <paramref name="seats"/> names them again. A summit opens once.</summary>
    [Alias("OpenFork")]
    Task<SummitView> OpenFork(SummitLog parent, int atRound, NegotiationRules rules, ImmutableArray<TechPact.Negotiation.Events.ScenarioEvent> events, SeatPlan seats);

    /// <summary>An experiment's run (a sweep's or a tournament's, every seat a strategy): opens the summit,
    /// plays it to its end and answers its final view, in one call. Not stored and not announced to the
    /// directory: the experiment reads the result and would replay the run (it is seeded) should a silo
    /// die. The same grain may play one run after another; each is the run fresh grains would play.</summary>
    [Alias("Play")]
    Task<SummitView> Play(Scenario scenario, NegotiationRules rules);

    /// <summary>Plays the next round and waits for it to close.</summary>
    [Alias("RunRound"), AlwaysInterleave]
    Task<RoundView> RunRound();

    /// <summary>Plays round <paramref name="round"/> if it is the next one and waits for it to close; if it is
    /// the last one played (a retry after a lost answer), returns its stored result without playing it
    /// again. Any other round number is an error: the caller is out of step. Waits as long as the seats
    /// take: with people in the seats use <see cref="StartRound"/> and <see cref="WaitForRound"/>.</summary>
    [Alias("RunRoundNumbered"), AlwaysInterleave]
    Task<RoundView> RunRound(int round);

    /// <summary>Plays rounds until the summit concludes.</summary>
    [Alias("RunToEnd"), AlwaysInterleave]
    Task<SummitView> RunToEnd();

    /// <summary>Plays rounds for as long as every seat answers at once (an AI-only summit: to its end, in one
    /// call); returns when the summit is over or a round waits for its seats.</summary>
    [Alias("PlayRoundsNow")]
    Task<SummitView> PlayRoundsNow();

    /// <summary>Opens round <paramref name="round"/> when it is the next one (idempotent while it is open).</summary>
    /// <returns>The round's result once it has closed (at once when every seat answers at once); null while it is open.</returns>
    [Alias("StartRound")]
    Task<RoundView?> StartRound(int round);

    /// <summary>Returns round <paramref name="round"/>'s result once it has closed, or null after <paramref name="waitSeconds"/>.</summary>
    [Alias("WaitForRound"), AlwaysInterleave]
    Task<RoundView?> WaitForRound(int round, int waitSeconds);

    /// <summary>Plays on by itself, a round every <paramref name="pace"/> (or as soon as its seats have
    /// answered), until it concludes; the cluster remembers it (<see cref="IRunningSummitsGrain"/>) so a
    /// summit whose silo died or whose server restarted plays on. Calling it again changes nothing.</summary>
    [Alias("Autoplay")]
    Task Autoplay(TimeSpan pace);

    /// <summary>Stops playing (an instructor ended the session): the open round is dropped, the seats are told.</summary>
    [Alias("Stop")]
    Task Stop();

    // ---- seats ----

    /// <summary>Gives a country's seat to someone else from the next round on (a person, an agent, or
    /// back to the AI, which takes a silent seat of the open round at once). A person's seat is opened by
    /// <paramref name="token"/> (see <see cref="GetSeat"/>); <paramref name="roundTime"/> sets the rounds'
    /// deadline for person seats (kept when null; two minutes when the summit had none).</summary>
    [Alias("TakeSeat")]
    Task TakeSeat(string country, SeatSpec seat, string? token, string reason, TimeSpan? roundTime);

    /// <summary>A person seat's view; <paramref name="token"/> must be the seat's.</summary>
    [Alias("GetSeat")]
    Task<SeatSnapshot> GetSeat(string country, string token);

    /// <summary>A seat's view without its token, for a caller that has checked who may watch it (a classroom:
    /// the student whose seat the instructor handed to the AI follows it read-only).</summary>
    [Alias("WatchSeat")]
    Task<SeatSnapshot> WatchSeat(string country);

    /// <summary>A person seat's answer to <paramref name="round"/>, checked at once (a <see cref="Refusal"/> says why
    /// it can't count). A seat may answer again until the round closes; the round closes when every
    /// seat has answered.</summary>
    [Alias("Submit")]
    Task<SeatSnapshot> Submit(string country, string token, int round, SeatAnswer answer);

    /// <summary>An outside seat's country grain has its answer (an agent program answered, or failed).</summary>
    [Alias("SeatAnswered"), OneWay]
    Task SeatAnswered(int round, string country);

    // ---- the round clock ----

    [Alias("Pause")] Task Pause();
    [Alias("Resume")] Task Resume();
    [Alias("Extend")] Task Extend(TimeSpan more);

    /// <summary>An event that fires when the next round opens (an instructor's inject).</summary>
    [Alias("Inject")] Task Inject(TechPact.Negotiation.Events.ScenarioEvent scenarioEvent);

    /// <summary>Closes the open round now; seats that have not answered are played by the AI (closed early).</summary>
    [Alias("CloseRound")] Task CloseRound();

    /// <summary>Closes the open round if its deadline has passed: the grain's own timer calls it each second.</summary>
    [Alias("CheckDeadline")] Task CheckDeadline();

    /// <summary>Returns the summit's version once it differs from <paramref name="knownVersion"/>, or after
    /// <paramref name="waitSeconds"/>: how pages and network agents follow a round without polling.</summary>
    [Alias("WaitForChange"), AlwaysInterleave]
    Task<int> WaitForChange(int knownVersion, int waitSeconds);

    [Alias("GetView")]
    Task<SummitView> GetView();

    /// <summary>The whole history: every event since the summit opened, in order (seat lines included).</summary>
    [Alias("GetTranscript")]
    Task<ImmutableArray<TranscriptEvent>> GetTranscript();

    /// <summary>The stored log: scenario, rules and transcript (what a watcher that joins late needs).</summary>
    [Alias("GetLog")]
    Task<SummitLog> GetLog();

    /// <summary>The silo this activation lives on, for operators and failover tests.</summary>
    [Alias("GetHost")]
    Task<SiloAddress> GetHost();
}
