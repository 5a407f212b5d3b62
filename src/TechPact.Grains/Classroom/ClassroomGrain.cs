using Orleans.Runtime;
using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using TechPact.Contracts.Classroom;
using TechPact.Negotiation.Classroom;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Classroom;

/// <summary>One classroom session: N tables of the same scenario, each an engine <see cref="Summit"/>
/// whose rounds this grain closes when every human seat has answered or the deadline passes.</summary>
/// <remarks>Human moves go through <see cref="HumanMove"/>, AI seats (and silent human seats) through
/// <see cref="Negotiation.Negotiators.CountryNegotiator"/>: the same engine rules either way. The summits
/// live in memory and are rebuilt from the stored transcripts on activation.</remarks>
public sealed partial class ClassroomGrain([PersistentState("classroom")] IPersistentState<ClassroomState> store)
    : Grain, IClassroomGrain
{
    private readonly List<Summit> _summits = [];
    private ClassroomState S => store.State;
    private string SessionId => this.GetPrimaryKeyString();
    private TimeProvider Clock => ServiceProvider.GetService<ClassroomClock>()?.Time ?? TimeProvider.System;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Prepared is not null)
            foreach (var table in S.Tables)
                if (!table.Transcript.IsDefaultOrEmpty)
                    _summits.Add(SummitReplay.Rebuild(S.Prepared, S.Setup!.Rules, table.Transcript));
        if (S.Status is ClassroomStatus.Running or ClassroomStatus.Paused) StartTimer();
        return Task.CompletedTask;
    }

    public async Task<ClassroomCreated> Create(ClassroomSetup setup)
    {
        if (S.Setup is not null) throw Refuse(RefusalKind.Conflict, $"Session {SessionId} already exists.");
        var prepared = Prepare(setup);
        S.Setup = setup;
        S.Prepared = prepared;
        S.InstructorToken = Secrets.Token();
        S.Status = ClassroomStatus.Lobby;
        for (var t = 1; t <= setup.Tables; t++)
        {
            S.Tables.Add(new TableState { Table = t });
            foreach (var plan in setup.Countries)
                S.Seats.Add(new SeatState
                {
                    Table = t, Country = plan.Country, Human = plan.Human,
                    JoinCode = plan.Human ? await NewJoinCode() : null, Token = plan.Human ? Secrets.Token() : null,
                });
        }
        await Changed();
        return new ClassroomCreated(SessionId, S.InstructorToken);
    }

    public async Task<SeatTicket> Join(string joinCode)
    {
        var code = Secrets.NormaliseCode(joinCode);
        var seat = S.Seats.FirstOrDefault(s => s.Human && Secrets.Same(s.JoinCode, code))
                   ?? throw Refuse(RefusalKind.NotFound, "That join code is not (or no longer) valid: ask your instructor for yours.");
        if (S.Status == ClassroomStatus.Ended) throw Refuse(RefusalKind.Conflict, "This session has ended.");
        if (!seat.Joined)
        {
            seat.Joined = true;
            await Changed();
        }
        return new SeatTicket(SessionId, seat.Table, seat.Country, seat.Token!);
    }

    public Task<SeatSnapshot> GetSeat(int table, string country, string token)
    {
        var seat = SeatFor(table, country, token);
        return Task.FromResult(SeatView(seat));
    }

    public async Task<SeatSnapshot> Submit(int table, string country, string token, int round, HumanSubmission submission)
    {
        var seat = SeatFor(table, country, token);
        var t = table - 1;
        if (S.Status == ClassroomStatus.Lobby) throw Refuse(RefusalKind.Conflict, "The session has not started yet: wait for the first round.");
        if (S.Status == ClassroomStatus.Paused) throw Refuse(RefusalKind.Conflict, "The session is paused: submit when your instructor resumes it.");
        if (S.Status is ClassroomStatus.Ended or ClassroomStatus.Finished || _summits[t].IsOver)
            throw Refuse(RefusalKind.Conflict, "The negotiation at your table is over: no more rounds.");
        var open = _summits[t].Round + 1;
        if (round != open)
            throw Refuse(RefusalKind.Conflict, round < open
                ? $"Round {round} has closed; the table is in round {open} now. Review the new draft and submit again."
                : $"Round {round} has not opened; the table is in round {open}.");

        var summit = _summits[t];
        var c = summit.Scenario.CountryIndex(country);
        CountryMoveFor(summit, c, submission, out var move);
        S.Tables[t].Moves[country] = move;
        S.Tables[t].Answers[country] = submission;
        if (HumansAllIn(t)) CloseRound(t);
        await Changed();
        return SeatView(seat);
    }

    private static void CountryMoveFor(Summit summit, int c, HumanSubmission submission, out Negotiation.Negotiators.CountryMove move)
    {
        try { move = HumanMove.From(summit.Briefs()[c], summit.NextRound(), submission); }
        catch (InvalidSubmissionException e) { throw Refuse(RefusalKind.Invalid, e.Message); }
    }

    private SeatState SeatFor(int table, string country, string token)
    {
        if (S.Setup is null) throw Refuse(RefusalKind.NotFound, $"No session {SessionId}.");
        var seat = S.Seats.FirstOrDefault(s => s.Table == table && s.Country == country)
                   ?? throw Refuse(RefusalKind.NotFound, $"No seat {country} at table {table} in session {SessionId}.");
        if (!seat.Human || !Secrets.Same(seat.Token, token))
            throw Refuse(RefusalKind.Forbidden, "This seat's token was not presented: you can only see and play your own seat.");
        return seat;
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
            if (await GrainFactory.GetGrain<IJoinCodeGrain>(code).Claim(SessionId)) return code;
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
        var probe = Summit.Open(prepared, setup.Rules);
        if (probe.TakesTurns || !probe.Briefs()[0].Table.IsEmpty)
            throw Refuse(RefusalKind.Invalid, $"Protocol '{setup.Rules.Protocol}' is not for classes: students answer all at once, " +
                                              "so use single-negotiating-text or partial-consensus.");
        return prepared;
    }

    internal static ClassroomRefusal Refuse(RefusalKind kind, string message) => new(kind, message);

    private IEnumerable<SeatState> HumanSeats(int t) => S.Seats.Where(s => s.Table == t + 1 && s.Human);

    private bool HumansAllIn(int t)
    {
        var humans = HumanSeats(t).ToList();
        return humans.Count > 0 && humans.All(s => S.Tables[t].Moves.ContainsKey(s.Country));
    }

    private static ImmutableArray<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}
