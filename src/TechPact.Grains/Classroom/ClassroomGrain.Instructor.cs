using TechPact.Contracts.Classroom;
using TechPact.Negotiation.Events;

namespace TechPact.Grains.Classroom;

/// <summary>The instructor's console: every action checks the instructor token first.</summary>
public sealed partial class ClassroomGrain
{
    public async Task Start(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status != ClassroomStatus.Lobby) throw Refuse(RefusalKind.Conflict, "The session has already started.");
        S.Status = ClassroomStatus.Running;
        await OpenTables();
        StartTimer();
        await Changed();
    }

    public async Task Pause(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status != ClassroomStatus.Running) throw Refuse(RefusalKind.Conflict, $"Only a running session can pause; it is {Describe(S.Status)}.");
        var now = Clock.GetUtcNow();
        foreach (var table in S.Tables)
            if (table.Deadline is { } deadline)
                (table.Remaining, table.Deadline) = (deadline > now ? deadline - now : TimeSpan.Zero, null);
        S.Status = ClassroomStatus.Paused;
        await Changed();
    }

    public async Task Resume(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status != ClassroomStatus.Paused) throw Refuse(RefusalKind.Conflict, $"Only a paused session resumes; it is {Describe(S.Status)}.");
        var now = Clock.GetUtcNow();
        foreach (var table in S.Tables)
            if (table.Remaining is { } remaining)
                (table.Deadline, table.Remaining) = (now + remaining, null);
        S.Status = _summits.All(s => s.IsOver) ? ClassroomStatus.Finished : ClassroomStatus.Running;
        await Changed();
    }

    public async Task Step(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status is not (ClassroomStatus.Running or ClassroomStatus.Paused))
            throw Refuse(RefusalKind.Conflict, $"Rounds can be stepped while the session runs or is paused; it is {Describe(S.Status)}.");
        for (var t = 0; t < S.Tables.Count; t++)
            if (!_summits[t].IsOver) CloseRound(t);
        if (_summits.All(s => s.IsOver)) Finish();
        await Changed();
    }

    public async Task Extend(string instructorToken, int seconds)
    {
        CheckInstructor(instructorToken);
        if (seconds is < 1 or > ClassroomSetup.MaxDeadlineSeconds)
            throw Refuse(RefusalKind.Invalid, $"Extend by 1 to {ClassroomSetup.MaxDeadlineSeconds} seconds; got {seconds}.");
        if (S.Status is not (ClassroomStatus.Running or ClassroomStatus.Paused))
            throw Refuse(RefusalKind.Conflict, $"There is no open round to extend; the session is {Describe(S.Status)}.");
        var more = TimeSpan.FromSeconds(seconds);
        foreach (var table in S.Tables)
        {
            if (table.Deadline is { } d) table.Deadline = d + more;
            if (table.Remaining is { } r) table.Remaining = r + more;
        }
        await Changed();
    }

    public async Task Inject(string instructorToken, ScenarioEvent scenarioEvent, int? table)
    {
        CheckInstructor(instructorToken);
        if (S.Status is not (ClassroomStatus.Running or ClassroomStatus.Paused))
            throw Refuse(RefusalKind.Conflict, $"Events can be injected while the session runs or is paused; it is {Describe(S.Status)}.");
        if (table is { } n && (n < 1 || n > S.Tables.Count))
            throw Refuse(RefusalKind.NotFound, $"There is no table {n}; the session has {S.Tables.Count}.");
        for (var t = 0; t < S.Tables.Count; t++)
            if ((table is null || table == t + 1) && !_summits[t].IsOver) S.Tables[t].Injects.Add(scenarioEvent);
        await Changed();
    }

    public async Task<SeatInfo> Reassign(string instructorToken, int table, string country, bool toHuman)
    {
        CheckInstructor(instructorToken);
        var seat = S.Seats.FirstOrDefault(s => s.Table == table && s.Country == country)
                   ?? throw Refuse(RefusalKind.NotFound, $"No seat {country} at table {table}.");
        if (S.Status == ClassroomStatus.Ended) throw Refuse(RefusalKind.Conflict, "The session has ended.");
        seat.Human = toHuman;
        seat.Joined = false;
        (seat.JoinCode, seat.Token) = toHuman ? (await NewJoinCode(), Secrets.Token()) : (null, null);
        var t = table - 1;
        if (S.Tables[t].Moves.Remove(country)) S.Tables[t].Answers.Remove(country);
        // Handing the last silent seat to the AI may complete the round.
        if (S.Status == ClassroomStatus.Running && t < _summits.Count && !_summits[t].IsOver && HumansAllIn(t)) CloseRound(t);
        await Changed();
        return Info(seat, withCode: true);
    }

    public async Task End(string instructorToken)
    {
        CheckInstructor(instructorToken);
        if (S.Status == ClassroomStatus.Ended) return;
        S.Status = ClassroomStatus.Ended;
        foreach (var table in S.Tables) (table.Deadline, table.Remaining) = (null, null);
        StopTimer();
        await Changed();
    }

    private static string Describe(ClassroomStatus status) => status.ToString().ToLowerInvariant();
}
