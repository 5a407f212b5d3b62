using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Standings;

namespace TechPact.Host.Web.Classroom;

/// <summary>The JSON the console and the seat pages render (<see cref="ConsoleView"/>, <see cref="SeatPage"/>). The seat view is the table's summit's own
/// (<see cref="SeatJson"/>): built from the seat's country and the public table only.</summary>
public static class ClassroomViews
{
    /// <param name="joinUrls">Where students open /join: the room's addresses on a public server, else this machine's.</param>
    public static ConsoleView Console(ClassroomSnapshot s, bool durable, IReadOnlyList<string> joinUrls)
    {
        var tables = s.Tables.Select(t => Table(s, t)).ToArray();
        return new ConsoleView(s.SessionId, s.Title, s.ScenarioId, Name(s.Status), s.DeadlineSeconds, s.Version, s.Now,
            new StorageState(durable, StorageNotice.Text(durable)), joinUrls,
            s.Tables.Length == 0 ? [] : [.. s.Tables[0].Opening.Events.Select(e => new EventRow(e.Id, e.Title, e.Round))],
            new ClassSummary([.. tables.Where(t => t.Waiting.Length > 0).Select(t => new WaitingTable(t.Table, t.Waiting))],
                tables.Sum(t => t.Answered), tables.Sum(t => t.Students), tables.Count(t => t.Over), s.Tables.Length),
            tables);
    }

    private static TableRow Table(ClassroomSnapshot s, TableSnapshot t)
    {
        // The table's standing after everything its transcript holds (the events that fire next included).
        var standing = t.Transcript.IsDefaultOrEmpty ? null : Standing.After(t.Opening, t.Transcript, t.Transcript[^1].Round);
        var scenario = standing?.Table ?? t.Opening;
        var concluded = standing is { IsOver: true };
        var over = concluded || t.Summit is { IsOver: true } or { Stopped: true };
        // The grain's text rather than the last revised one: in a turn-taking round the standing offer moves turn by turn.
        var draft = standing?.Agreement ?? t.Summit?.Draft ?? Package.AllOpen(scenario.Issues.Length);
        var round = t.Summit is { } v ? (v.IsOver ? v.Round : v.Round + 1) : 1;
        var waiting = over ? [] : t.Summit?.Waiting.ToArray() ?? [];
        var seats = t.Summit?.Seats ?? [];
        var countries = scenario.Countries.Select((c, i) =>
        {
            var seat = s.Seats.FirstOrDefault(x => x.Table == t.Table && x.Country == c.Id);
            var held = i < seats.Length ? seats[i] : null;
            return new CountryRow(c.Id, c.Name, seat?.Human ?? false, over ? null : seat?.JoinCode, seat?.Joined ?? false,
                t.Submitted.Contains(c.Id), waiting.Contains(c.Id),
                held is null ? "AI" : held.Kind == SeatKind.Strategy ? $"AI ({held.By})" : held.By,
                Utility.Of(c, draft), c.Reservation,
                [.. t.Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == c.Id).Select(a => a.Move.DraftUtility)],
                [.. t.Transcript.OfType<SeatPlayedByAi>().Where(m => m.Country == c.Id).Select(m => m.Round)]);
        }).ToArray();
        var converged = t.Summit is null ? 0 : standing?.ConvergedIssues.Length ?? 0;
        return new TableRow(t.Table, t.SummitId, round, over,
            concluded ? RunOutcome.StatusName(standing!.Status) : over ? "ended" : null,
            over ? null : t.Deadline, over ? null : t.RemainingSeconds, waiting,
            over ? 0 : t.Submitted.Length, over ? 0 : countries.Count(c => c.Human), converged, scenario.Issues.Length, [.. t.PendingInjects],
            [.. scenario.Issues.Select((issue, i) => new DraftRow(issue.Id, issue.Title, draft[i] == Package.Open ? null : issue.Options[draft[i]].Label))],
            countries, SeatJson.Log(t.Transcript));
    }

    public static SeatPage Seat(ClassroomSeat seat) =>
        SeatJson.Of(seat.Seat, seat.Session.Tables.Single().Transcript, Name(seat.Session.Status), seat.Session.Title, seat.Session.SessionId, seat.Table,
            seat.Watching);

    public static string Name(ClassroomStatus status) => status.ToString().ToLowerInvariant();
}
