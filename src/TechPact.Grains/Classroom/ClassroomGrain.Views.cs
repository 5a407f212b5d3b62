using System.Collections.Immutable;
using TechPact.Contracts.Classroom;

namespace TechPact.Grains.Classroom;

/// <summary>What the grain shows: the console sees everything, a seat only its own table and no codes.</summary>
public sealed partial class ClassroomGrain
{
    public Task<ClassroomSnapshot> GetConsole(string instructorToken)
    {
        CheckInstructor(instructorToken);
        return Task.FromResult(Snapshot(table: null, withCodes: true));
    }

    public Task<ClassroomSnapshot> GetDebrief(string token)
    {
        if (S.Setup is null) throw Refuse(RefusalKind.NotFound, $"No session {SessionId}.");
        if (Secrets.Same(S.InstructorToken, token)) return Task.FromResult(Snapshot(null, withCodes: false));
        if (!S.Seats.Any(s => s.Human && Secrets.Same(s.Token, token)))
            throw Refuse(RefusalKind.Forbidden, "The debrief is for this session's instructor and students.");
        if (S.Status is not (ClassroomStatus.Finished or ClassroomStatus.Ended))
            throw Refuse(RefusalKind.Conflict, "The debrief opens when the session is over.");
        return Task.FromResult(Snapshot(null, withCodes: false));
    }

    private SeatSnapshot SeatView(SeatState seat)
    {
        var t = seat.Table - 1;
        var answers = S.Tables[t].Answers;
        return new SeatSnapshot(Snapshot(seat.Table, withCodes: false), seat.Table, seat.Country,
            answers.GetValueOrDefault(seat.Country));
    }

    private ClassroomSnapshot Snapshot(int? table, bool withCodes)
    {
        var tables = S.Tables.Where(x => table is null || x.Table == table).Select(x => new TableSnapshot(
            x.Table, SummitIdOf(x.Table - 1), S.Prepared!, S.Setup!.Rules,
            [.. MergedTranscript(x.Table - 1)], x.Deadline, x.Remaining?.TotalSeconds,
            Sorted(x.Moves.Keys), [.. x.Injects.Select(e => e.Title)])).ToImmutableArray();
        var seats = S.Seats.Where(s => table is null || s.Table == table).Select(s => Info(s, withCodes)).ToImmutableArray();
        return new ClassroomSnapshot(SessionId, S.Setup!.ScenarioId, S.Prepared!.Title, S.Status, S.Setup.DeadlineSeconds,
            S.Version, Clock.GetUtcNow(), S.Setup.Countries, tables, seats);
    }

    private SeatInfo Info(SeatState s, bool withCode) =>
        new(s.Table, s.Country, s.Human, withCode ? s.JoinCode : null, s.Joined,
            S.Tables[s.Table - 1].Moves.ContainsKey(s.Country));
}
