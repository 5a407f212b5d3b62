using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;

namespace TechPact.Host.Web.Classroom;

/// <summary>The JSON the console and the seat pages render. The seat view is the table's summit's own
/// (<see cref="SeatJson"/>): built from the seat's country and the public table only.</summary>
public static class ClassroomViews
{
    /// <param name="joinUrls">Where students open /join: the room's addresses on a public server, else this machine's.</param>
    public static object Console(ClassroomSnapshot s, bool durable, IReadOnlyList<string> joinUrls)
    {
        var tables = s.Tables.Select(t => Table(s, t)).ToArray();
        return new
        {
            s.SessionId, s.Title, s.ScenarioId, Status = Name(s.Status), s.DeadlineSeconds, s.Version, s.Now,
            Storage = new { Durable = durable, Notice = StorageNotice.Text(durable) },
            JoinUrls = joinUrls,
            Events = s.Tables.Length == 0 ? [] : s.Tables[0].Opening.Events.Select(e => new { e.Id, e.Title, e.Round }).ToArray(),
            // The class at a glance: which tables wait on whom, how many have answered, how many have concluded.
            Summary = new
            {
                Waiting = tables.Where(t => t.Waiting.Length > 0).Select(t => new { t.Table, Countries = t.Waiting }).ToArray(),
                Answered = tables.Sum(t => t.Answered),
                Students = tables.Sum(t => t.Students),
                Concluded = tables.Count(t => t.Over),
                s.Tables.Length,
            },
            Tables = tables,
        };
    }

    private sealed record CountryRow(
        string Id, string Name, bool Human, string? JoinCode, bool Joined, bool Submitted, bool Waiting, string HeldBy,
        double Utility, double Reservation, double[] PerRound, int[] PlayedByAi);

    private sealed record DraftRow(string Id, string Title, string? Option);

    private sealed record TableRow(
        int Table, string SummitId, int Round, bool Over, string? Outcome, DateTimeOffset? Deadline, double? RemainingSeconds,
        string[] Waiting, int Answered, int Students, int Converged, int Issues, string[] PendingInjects,
        DraftRow[] Draft, CountryRow[] Countries, object[] Log);

    private static TableRow Table(ClassroomSnapshot s, TableSnapshot t)
    {
        var scenario = EventEffects.ScenarioAfter(t.Opening, t.Transcript);
        var concluded = t.Transcript.OfType<SummitConcluded>().LastOrDefault();
        var over = concluded is not null || t.Summit is { IsOver: true } or { Stopped: true };
        var draft = concluded?.Agreement ?? t.Summit?.Draft ?? Package.AllOpen(scenario.Issues.Length);
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
        var converged = t.Summit?.ConvergedIssues.Length ?? 0;
        return new TableRow(t.Table, t.SummitId, round, over,
            concluded is not null ? RunOutcome.StatusName(concluded.Status) : over ? "ended" : null,
            over ? null : t.Deadline, over ? null : t.RemainingSeconds, waiting,
            over ? 0 : t.Submitted.Length, over ? 0 : countries.Count(c => c.Human), converged, scenario.Issues.Length, [.. t.PendingInjects],
            [.. scenario.Issues.Select((issue, i) => new DraftRow(issue.Id, issue.Title, draft[i] == Package.Open ? null : issue.Options[draft[i]].Label))],
            countries, SeatJson.Log(t.Transcript));
    }

    public static object Seat(ClassroomSeat seat) =>
        SeatJson.Of(seat.Seat, seat.Session.Tables.Single().Transcript, Name(seat.Session.Status), seat.Session.Title, seat.Session.SessionId, seat.Table,
            seat.Watching);

    public static string Name(ClassroomStatus status) => status.ToString().ToLowerInvariant();
}
