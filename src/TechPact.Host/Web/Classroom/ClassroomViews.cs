using TechPact.Contracts.Classroom;
using TechPact.Host.Web.Seats;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Host.Web.Classroom;

/// <summary>The JSON the console and the seat pages render. The seat view is the table's summit's own
/// (<see cref="SeatJson"/>): built from the seat's country and the public table only.</summary>
public static class ClassroomViews
{
    public static object Console(ClassroomSnapshot s, bool durable) => new
    {
        s.SessionId, s.Title, s.ScenarioId, Status = Name(s.Status), s.DeadlineSeconds, s.Version, s.Now,
        Storage = new { Durable = durable, Notice = StorageNotice.Text(durable) },
        Events = s.Tables.Length == 0 ? [] : s.Tables[0].Opening.Events.Select(e => new { e.Id, e.Title, e.Round }).ToArray(),
        Tables = s.Tables.Select(t => Table(s, t)).ToArray(),
    };

    private static object Table(ClassroomSnapshot s, TableSnapshot t)
    {
        var scenario = EventEffects.ScenarioAfter(t.Opening, t.Transcript);
        var concluded = t.Transcript.OfType<SummitConcluded>().LastOrDefault();
        var draft = concluded?.Agreement ?? t.Summit?.Draft ?? Package.AllOpen(scenario.Issues.Length);
        var round = t.Summit is { } v ? (v.IsOver ? v.Round : v.Round + 1) : 1;
        return new
        {
            t.Table, t.SummitId, Round = round, Over = concluded is not null, Outcome = concluded is null ? null : RunOutcome.StatusName(concluded.Status),
            t.Deadline, t.RemainingSeconds, t.Submitted, t.PendingInjects,
            Draft = scenario.Issues.Select((issue, i) => new { issue.Id, issue.Title, Option = draft[i] == Package.Open ? null : issue.Options[draft[i]].Label }).ToArray(),
            Countries = scenario.Countries.Select(c =>
            {
                var seat = s.Seats.FirstOrDefault(x => x.Table == t.Table && x.Country == c.Id);
                return new
                {
                    c.Id, c.Name, Human = seat?.Human ?? false, seat?.JoinCode, Joined = seat?.Joined ?? false,
                    Submitted = t.Submitted.Contains(c.Id), Utility = Utility.Of(c, draft), c.Reservation,
                    PerRound = t.Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == c.Id).Select(a => a.Move.DraftUtility).ToArray(),
                    PlayedByAi = t.Transcript.OfType<SeatPlayedByAi>().Where(m => m.Country == c.Id).Select(m => m.Round).ToArray(),
                };
            }).ToArray(),
            Log = SeatJson.Log(t.Transcript),
        };
    }

    public static object Seat(ClassroomSeat seat) =>
        SeatJson.Of(seat.Seat, seat.Session.Tables.Single().Transcript, Name(seat.Session.Status), seat.Session.Title, seat.Session.SessionId, seat.Table);

    public static string Name(ClassroomStatus status) => status.ToString().ToLowerInvariant();
}
