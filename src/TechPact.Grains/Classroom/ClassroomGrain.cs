using TechPact.Grains.Summits;
using TechPact.Negotiation.Negotiators.Strategies;

namespace TechPact.Grains.Classroom;

/// <summary>One classroom session: its seats, join codes, tokens and the instructor's actions. Each of
/// its N tables is an ordinary summit (<see cref="SummitGrain"/>, id "{session}-table{n}") with a
/// person seat for every student country: the summit runs the rounds and their clock, its country
/// grains check every answer, and its log is the table's record (the live page, /api/summits/{id}
/// and fork reach it like any summit). This grain checks who may do what, and passes it on.</summary>
public sealed class ClassroomGrain([PersistentState("classroom")] IPersistentState<ClassroomState> store, RoundClock roundClock)
    : Grain, IClassroomGrain
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<int, int> _tableVersions = [];

    private ClassroomState S => store.State;
    private string SessionId => this.GetPrimaryKeyString();
    private TimeProvider Clock => roundClock.Time;

    private ISummitGrain Table(int table) => GrainFactory.GetGrain<ISummitGrain>(ClassroomTables.SummitId(SessionId, table));

    private IEnumerable<ISummitGrain> AllTables => Enumerable.Range(1, S.Tables).Select(Table);

    // ---- the session and its seats ----

    /// <summary>Creates the session and opens its tables (no round opens before <see cref="Start"/>), so
    /// students can read their briefs in the lobby.</summary>
    public async Task<ClassroomCreated> Create(ClassroomSetup setup)
    {
        if (S.Setup is not null) throw Refuse(RefusalKind.Conflict, $"Session {SessionId} already exists.");
        var prepared = Prepare(setup);
        (S.Setup, S.Prepared, S.InstructorToken, S.Status, S.Tables) = (setup, prepared, Secrets.Token(), ClassroomStatus.Lobby, setup.Tables);
        var plan = new SeatPlan(setup.Countries.Where(p => p.Human).ToImmutableDictionary(p => p.Country, _ => SeatSpec.Person("student")),
            SeatPlan.DefaultMoveTime, TimeSpan.FromSeconds(setup.DeadlineSeconds)) { Owner = ClassroomTables.Owner(SessionId) };
        for (var t = 1; t <= setup.Tables; t++)
        {
            await Table(t).Open(prepared, setup.Rules, plan);
            foreach (var country in setup.Countries)
            {
                var seat = new SeatState { Table = t, Country = country.Country, Human = country.Human };
                if (seat.Human) await Seat(seat, await NewJoinCode(), "");
                S.Seats.Add(seat);
            }
        }
        await Changed();
        return new ClassroomCreated(SessionId, S.InstructorToken);
    }

    public async Task<SeatTicket> Join(string joinCode, ImmutableArray<string> heldTokens)
    {
        var code = JoinCodes.Normalise(joinCode);
        var seat = S.Seats.FirstOrDefault(s => s.Human && Secrets.Same(s.JoinCode, code))
                   ?? throw Refuse(RefusalKind.NotFound, "That join code is not (or no longer) valid: ask your instructor for yours.");
        if (S.Status == ClassroomStatus.Ended) throw Refuse(RefusalKind.Conflict, "This session has ended.");
        var held = heldTokens.IsDefault ? [] : heldTokens;
        if (seat.Joined && !held.Any(t => Secrets.Same(seat.Token, t)))
            throw Refuse(RefusalKind.Conflict, $"This join code has been used already, on another device: it opens {seat.Country}'s seat at table {seat.Table} " +
                                               "on that device only. If that was not you, or you changed device, ask your instructor for a new code.");
        if (!seat.Joined)
        {
            seat.Joined = true;
            await Changed();
        }
        return new SeatTicket(SessionId, seat.Table, seat.Country, seat.Token!);
    }

    public Task<bool> IsInstructor(string token) => Task.FromResult(S.Setup is not null && Secrets.Same(S.InstructorToken, token));

    public async Task<ClassroomSeat> GetSeat(int table, string country, string token)
    {
        var (seat, holds) = SeatFor(table, country, token, watchHandedToAi: true);
        var summit = Table(table);
        var view = holds ? await summit.GetSeat(country, seat.Token!) : await summit.WatchSeat(country);
        return new ClassroomSeat(await Snapshot(table, withCodes: false), table, country, view) { Watching = !holds };
    }

    public async Task<ClassroomSeat> Submit(int table, string country, string token, int round, SeatAnswer answer)
    {
        var (seat, _) = SeatFor(table, country, token, watchHandedToAi: false);
        if (S.Status == ClassroomStatus.Lobby) throw Refuse(RefusalKind.Conflict, "The session has not started yet: wait for the first round.");
        if (S.Status == ClassroomStatus.Ended) throw Refuse(RefusalKind.Conflict, "The session has ended: no more rounds.");
        var held = await Table(table).Submit(country, seat.Token!, round, answer);
        return new ClassroomSeat(await Snapshot(table, withCodes: false), table, country, held);
    }

    public async Task<ClassroomSnapshot> GetConsole(string instructorToken)
    {
        CheckInstructor(instructorToken);
        return await Snapshot(table: null, withCodes: true);
    }

    public async Task<ClassroomSnapshot> GetDebrief(string token)
    {
        if (S.Setup is null) throw Refuse(RefusalKind.NotFound, $"No session {SessionId}.");
        var snapshot = await Snapshot(null, withCodes: false);
        if (Secrets.Same(S.InstructorToken, token)) return snapshot;
        // Every student who held a seat reads it, those whose seat was handed on included.
        if (!S.Seats.Any(s => s.Human && Secrets.Same(s.Token, token) || s.Retired.Any(r => Secrets.Same(r.Token, token))))
            throw Refuse(RefusalKind.Forbidden, "The debrief is for this session's instructor and students.");
        if (snapshot.Status is not (ClassroomStatus.Finished or ClassroomStatus.Ended))
            throw Refuse(RefusalKind.Conflict, "The debrief opens when the session is over.");
        return snapshot;
    }

    // ---- the instructor's console: every action checks the instructor token first ----

    public async Task Start(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status != ClassroomStatus.Lobby) throw Refuse(RefusalKind.Conflict, "The session has already started.");
        S.Status = ClassroomStatus.Running;
        // Each table plays on by itself: a round opens as soon as the last one closed.
        foreach (var table in AllTables) await table.Autoplay(TimeSpan.Zero);
        await Changed();
    }

    public async Task Pause(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status != ClassroomStatus.Running) throw Refuse(RefusalKind.Conflict, $"Only a running session can pause; it is {Describe(S.Status)}.");
        foreach (var table in AllTables) await table.Pause();
        S.Status = ClassroomStatus.Paused;
        await Changed();
    }

    public async Task Resume(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status != ClassroomStatus.Paused) throw Refuse(RefusalKind.Conflict, $"Only a paused session resumes; it is {Describe(S.Status)}.");
        foreach (var table in AllTables) await table.Resume();
        S.Status = ClassroomStatus.Running;
        await Changed();
    }

    public async Task Step(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status is not (ClassroomStatus.Running or ClassroomStatus.Paused))
            throw Refuse(RefusalKind.Conflict, $"Rounds can be stepped while the session runs or is paused; it is {Describe(S.Status)}.");
        foreach (var table in AllTables) await table.CloseRound();
        await Changed();
    }

    public async Task Extend(string instructorToken, int seconds)
    {
        CheckInstructor(instructorToken);
        if (seconds is < 1 or > ClassroomSetup.MaxDeadlineSeconds)
            throw Refuse(RefusalKind.Invalid, $"Extend by 1 to {ClassroomSetup.MaxDeadlineSeconds} seconds; got {seconds}.");
        if (S.Status is not (ClassroomStatus.Running or ClassroomStatus.Paused))
            throw Refuse(RefusalKind.Conflict, $"There is no open round to extend; the session is {Describe(S.Status)}.");
        foreach (var table in AllTables)
            if (!(await table.GetView()).IsOver) await table.Extend(TimeSpan.FromSeconds(seconds));
        await Changed();
    }

    public async Task<ImmutableArray<int>> Inject(string instructorToken, ScenarioEvent scenarioEvent, int? table)
    {
        CheckInstructor(instructorToken);
        if (S.Status is not (ClassroomStatus.Running or ClassroomStatus.Paused))
            throw Refuse(RefusalKind.Conflict, $"Events can be injected while the session runs or is paused; it is {Describe(S.Status)}.");
        if (table is { } n && (n < 1 || n > S.Tables))
            throw Refuse(RefusalKind.NotFound, $"There is no table {n}; the session has {S.Tables}.");
        var asked = table is { } one ? [one] : Enumerable.Range(1, S.Tables).ToArray();
        var negotiating = new List<int>();
        foreach (var t in asked)
            if (await Table(t).GetView() is { IsOver: false, Stopped: false }) negotiating.Add(t);
        if (negotiating.Count == 0)
            throw Refuse(RefusalKind.Conflict, table is { } only
                ? $"Table {only} has concluded: there is no next round for an event to fire in."
                : "Every table has concluded: there is no next round for an event to fire in.");
        foreach (var t in negotiating) await Table(t).Inject(scenarioEvent);
        await Changed();
        return [.. negotiating];
    }

    public async Task<SeatInfo> Reassign(string instructorToken, int table, string country, bool toHuman)
    {
        CheckInstructor(instructorToken);
        var seat = S.Seats.FirstOrDefault(s => s.Table == table && s.Country == country)
                   ?? throw Refuse(RefusalKind.NotFound, $"No seat {country} at table {table}.");
        if (S.Status == ClassroomStatus.Ended) throw Refuse(RefusalKind.Conflict, "The session has ended.");
        if (await Table(table).GetView() is { IsOver: true } or { Stopped: true })
            throw Refuse(RefusalKind.Conflict, $"Table {table} has concluded: its seats no longer change hands.");
        var reason = toHuman
            ? seat.Human ? "the instructor gave the seat to a new student" : "the instructor gave the seat to a student"
            : "the instructor handed the seat to the AI";
        if (seat.Token is { } old) seat.Retired.Add(new RetiredToken { Token = old, ToAi = !toHuman });
        if (seat.JoinCode is { } oldCode) await JoinCodes.Of(GrainFactory, oldCode).Release(oldCode);
        (seat.Human, seat.Joined) = (toHuman, false);
        if (toHuman) await Seat(seat, await NewJoinCode(), reason);
        else
        {
            (seat.JoinCode, seat.Token) = (null, null);
            var strategy = S.Prepared!.Countries[S.Prepared.CountryIndex(country)].Strategy.Name;
            await Table(table).TakeSeat(country, SeatSpec.Strategy(strategy), null, reason, null);
        }
        await Changed();
        return Info(seat, withCode: true, submitted: false);
    }

    public async Task End(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status == ClassroomStatus.Ended) return;
        S.Status = ClassroomStatus.Ended;
        foreach (var table in AllTables) await table.Stop();
        // The codes open nothing now: give them back, so the directory does not keep them for ever.
        foreach (var code in S.Seats.Select(s => s.JoinCode).OfType<string>()) await JoinCodes.Of(GrainFactory, code).Release(code);
        await Changed();
    }

    public async Task CheckDeadlines()
    {
        if (S.Status != ClassroomStatus.Running) return;
        foreach (var table in AllTables) await table.CheckDeadline();
    }

    public async Task<int> WaitForChange(int knownVersion, int waitSeconds)
    {
        // Every table's version is known before comparing: otherwise the first wait "changes" as it learns them,
        // and each stream sends its first view twice.
        for (var t = 1; t <= S.Tables; t++)
            if (!_tableVersions.ContainsKey(t)) _tableVersions[t] = (await Table(t).GetView()).Version;
        if (knownVersion != Version) return Version;
        var wait = Math.Clamp(waitSeconds, 1, 25);
        var tables = Enumerable.Range(1, S.Tables).Select(async t => _tableVersions[t] = await Table(t).WaitForChange(_tableVersions.GetValueOrDefault(t, -1), wait));
        await Task.WhenAny([_changed.Task, Task.WhenAny(tables), Task.Delay(TimeSpan.FromSeconds(wait))]);
        return Version;
    }

    // ---- helpers ----

    /// <summary>The session's own changes and every table's: what the pages follow.</summary>
    private int Version => S.Version + _tableVersions.Values.Sum();

    /// <summary>A fresh join code and token for a student's seat, handed to its table's summit.</summary>
    private async Task Seat(SeatState seat, string code, string reason)
    {
        (seat.JoinCode, seat.Token) = (code, Secrets.Token());
        await Table(seat.Table).TakeSeat(seat.Country, SeatSpec.Person("student"), seat.Token, reason, null);
    }

    private async Task<ClassroomSnapshot> Snapshot(int? table, bool withCodes)
    {
        var tables = ImmutableArray.CreateBuilder<TableSnapshot>();
        for (var t = 1; t <= S.Tables; t++)
        {
            if (table is not null && table != t) continue;
            var summit = Table(t);
            var view = await summit.GetView();
            _tableVersions[t] = view.Version;
            var logged = await summit.GetLog();
            tables.Add(new TableSnapshot(t, ClassroomTables.SummitId(SessionId, t), logged.Scenario, logged.Rules, logged.Transcript, view));
        }
        if (table is null && S.Status is ClassroomStatus.Running or ClassroomStatus.Paused && tables.All(x => x.Summit!.IsOver))
        {
            S.Status = ClassroomStatus.Finished;
            await Changed();
        }
        var built = tables.ToImmutable();
        var seats = S.Seats.Where(s => table is null || s.Table == table)
            .Select(s => Info(s, withCodes, built.FirstOrDefault(x => x.Table == s.Table)?.Submitted.Contains(s.Country) == true)).ToImmutableArray();
        return new ClassroomSnapshot(SessionId, S.Setup!.ScenarioId, S.Prepared!.Title, S.Status, S.Setup.DeadlineSeconds,
            Version, Clock.GetUtcNow(), S.Setup.Countries, built, seats);
    }

    private static SeatInfo Info(SeatState s, bool withCode, bool submitted) =>
        new(s.Table, s.Country, s.Human, withCode ? s.JoinCode : null, s.Joined, submitted);

    /// <summary>The seat the token opens. <c>Holds</c>: the token is the seat's own; otherwise it belonged to the
    /// student the instructor handed the seat to the AI from, who may still watch it (<paramref name="watchHandedToAi"/>).
    /// A token the seat had before says what happened to it, rather than "not your token".</summary>
    private (SeatState Seat, bool Holds) SeatFor(int table, string country, string token, bool watchHandedToAi)
    {
        if (S.Setup is null) throw Refuse(RefusalKind.NotFound, $"No session {SessionId}.");
        var seat = S.Seats.FirstOrDefault(s => s.Table == table && s.Country == country)
                   ?? throw Refuse(RefusalKind.NotFound, $"No seat {country} at table {table} in session {SessionId}.");
        if (seat.Human && Secrets.Same(seat.Token, token)) return (seat, true);
        if (seat.Retired.LastOrDefault(r => Secrets.Same(r.Token, token)) is { } retired)
        {
            if (!retired.ToAi)
                throw Refuse(RefusalKind.Forbidden, "Your instructor gave this seat to another student (with a new join code): " +
                                                    "this device no longer plays it. If that is a mistake, ask your instructor for a new code.");
            if (watchHandedToAi) return (seat, false);
            throw Refuse(RefusalKind.Conflict, "Your instructor handed this seat to the AI: it plays the seat now, and you can follow it here.");
        }
        throw Refuse(RefusalKind.Forbidden, "This seat's token was not presented: you can only see and play your own seat.");
    }

    private void CheckInstructor(string token)
    {
        if (S.Setup is null) throw Refuse(RefusalKind.NotFound, $"No session {SessionId}.");
        if (!Secrets.Same(S.InstructorToken, token)) throw Refuse(RefusalKind.Forbidden, "Instructor actions need this session's instructor token.");
    }

    private async Task<string> NewJoinCode()
    {
        while (true)
        {
            var code = Secrets.JoinCode();
            if (S.Seats.Any(s => s.JoinCode == code)) continue;
            if (await JoinCodes.Of(GrainFactory, code).Claim(code, SessionId)) return code;
        }
    }

    /// <summary>The scenario with each country's strategy as the instructor chose it; refuses what a class can't play.</summary>
    private static Scenario Prepare(ClassroomSetup setup)
    {
        var scenario = setup.Scenario;
        if (setup.Tables is < 1 or > ClassroomSetup.MaxTables)
            throw Refuse(RefusalKind.Invalid, $"A session has 1 to {ClassroomSetup.MaxTables} tables; got {setup.Tables}.");
        if (setup.DeadlineSeconds is < ClassroomSetup.MinDeadlineSeconds or > ClassroomSetup.MaxDeadlineSeconds)
            throw Refuse(RefusalKind.Invalid, $"The round deadline must be {ClassroomSetup.MinDeadlineSeconds} s to {ClassroomSetup.MaxDeadlineSeconds / 60} min; got {setup.DeadlineSeconds} s.");
        var countries = scenario.Countries.ToBuilder();
        if (setup.Countries.IsDefault || setup.Countries.Any(p => p is null || p.Country is null || p.Strategy is null))
            throw Refuse(RefusalKind.Invalid, "Every country's plan needs a country, whether students play it, and an AI strategy.");
        foreach (var plan in setup.Countries)
        {
            var c = scenario.CountryIndex(plan.Country);
            if (c < 0) throw Refuse(RefusalKind.Invalid, $"The scenario has no country '{plan.Country}'.");
            if (!StrategyCatalog.TryGet(plan.Strategy, out var spec))
                throw Refuse(RefusalKind.Invalid, $"Unknown strategy '{plan.Strategy}'; known: {string.Join(", ", StrategyCatalog.Names)}.");
            if (countries[c].Strategy.Name != plan.Strategy) countries[c] = countries[c] with { Strategy = spec };
        }
        if (setup.Countries.Select(p => p.Country).Distinct().Count() != setup.Countries.Length || setup.Countries.Length != scenario.Countries.Length)
            throw Refuse(RefusalKind.Invalid, "Give every country of the scenario exactly one plan (human or ai).");
        if (!setup.Countries.Any(p => p.Human))
            throw Refuse(RefusalKind.Invalid, "A class needs at least one human country; to watch AI countries alone use the live page.");
        var prepared = scenario with { Countries = countries.ToImmutable() };
        if (SeatRules.Problem(Summit.Open(prepared, setup.Rules)) is not null)
            throw Refuse(RefusalKind.Invalid, $"Protocol '{setup.Rules.Protocol}' is not for classes: students answer all at once, " +
                                              "so use single-negotiating-text or partial-consensus.");
        return prepared;
    }

    /// <summary>Stores the session and wakes whoever waits for a change (the web's streams).</summary>
    private async Task Changed()
    {
        S.Version++;
        await store.WriteStateAsync();
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private static Refusal Refuse(RefusalKind kind, string message) => new(kind, message);

    private static string Describe(ClassroomStatus status) => status.ToString().ToLowerInvariant();
}
