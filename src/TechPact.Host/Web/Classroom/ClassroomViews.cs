using TechPact.Contracts.Classroom;
using TechPact.Negotiation.Classroom;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Web.Classroom;

/// <summary>The JSON the console and the seat pages render. The seat view is built field by field
/// from the seat's own country: no other country's confidential brief is ever copied into it.</summary>
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
        var read = Read(t);
        return new
        {
            t.Table, t.SummitId, read.Round, read.Over, Outcome = read.Concluded is null ? null : Reports.StatusName(read.Concluded.Status),
            t.Deadline, t.RemainingSeconds, t.Submitted, t.PendingInjects,
            Draft = Draft(read.Scenario, read.Draft),
            Countries = read.Scenario.Countries.Select(c =>
            {
                var seat = s.Seats.FirstOrDefault(x => x.Table == t.Table && x.Country == c.Id);
                return new
                {
                    c.Id, c.Name, Human = seat?.Human ?? false, seat?.JoinCode, Joined = seat?.Joined ?? false,
                    Submitted = t.Submitted.Contains(c.Id), Utility = Utility.Of(c, read.Draft), c.Reservation,
                    PerRound = t.Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == c.Id).Select(a => a.Move.DraftUtility).ToArray(),
                    PlayedByAi = t.Transcript.OfType<SeatPlayedByAi>().Where(m => m.Country == c.Id).Select(m => m.Round).ToArray(),
                };
            }).ToArray(),
            Log = Log(t),
        };
    }

    public static object Seat(SeatSnapshot seat)
    {
        var t = seat.Session.Tables.Single();
        var read = Read(t);
        var me = read.Scenario.Countries[read.Scenario.CountryIndex(seat.Country)];
        var answers = t.Transcript.OfType<CountryAnswered>().GroupBy(a => a.Move.Country).ToDictionary(g => g.Key, g => g.Last().Move);
        string[] Ids(string country, int i) => answers.TryGetValue(country, out var m)
            ? [.. m.Commitments[i].Members().Where(o => o < read.Scenario.Issues[i].Options.Length).Select(o => read.Scenario.Issues[i].Options[o].Id)]
            : [];
        return new
        {
            seat.Session.SessionId, seat.Session.Title, Status = Name(seat.Session.Status), seat.Session.Now,
            seat.Table, seat.Country, me.Name, read.Round, read.Over, t.Deadline, t.RemainingSeconds,
            Submitted = t.Submitted.Contains(seat.Country), seat.Submission,
            DraftUtility = Utility.Of(me, read.Draft), DraftComplete = read.Draft.IsComplete,
            Brief = new
            {
                Strengths = me.Strengths, me.Reservation, Strategy = me.Strategy.Name,
                Issues = read.Scenario.Issues.Select((issue, i) => new
                {
                    issue.Id, issue.Title, Weight = me.Weights[i], Mine = Ids(me.Id, i),
                    Draft = read.Draft[i] == Package.Open ? null : issue.Options[read.Draft[i]].Id,
                    Options = issue.Options.Select((o, k) => new { o.Id, o.Label, o.Standard, Value = me.Values[i][k], RedLine = me.RedLines[i].Contains(k) }).ToArray(),
                }).ToArray(),
            },
            Others = read.Scenario.Countries.Where(c => c.Id != me.Id).Select(c => new
            {
                c.Id, c.Name,
                Commitments = read.Scenario.Issues.Select((issue, i) => new { Issue = issue.Id, Options = Ids(c.Id, i) }).ToArray(),
            }).ToArray(),
            PlayedByAi = t.Transcript.OfType<SeatPlayedByAi>().Where(m => m.Country == me.Id).Select(m => m.Round).ToArray(),
            Pact = read.Concluded is null ? null : new { Status = Reports.StatusName(read.Concluded.Status), MyUtility = Utility.Of(me, read.Concluded.Agreement) },
            Log = Log(t),
        };
    }

    private sealed record TableRead(Scenario Scenario, Package Draft, int Round, bool Over, SummitConcluded? Concluded);

    private static TableRead Read(TableSnapshot t)
    {
        var scenario = EventEffects.ScenarioAfter(t.Opening, t.Transcript);
        var concluded = t.Transcript.OfType<SummitConcluded>().LastOrDefault();
        var revised = t.Transcript.OfType<DraftRevised>().LastOrDefault();
        var draft = concluded?.Agreement ?? revised?.Draft ?? t.Transcript.OfType<SummitOpened>().FirstOrDefault()?.Draft ?? Package.AllOpen(scenario.Issues.Length);
        return new TableRead(scenario, draft, concluded?.Round ?? (revised?.Round ?? 0) + 1, concluded is not null, concluded);
    }

    private static object[] Draft(Scenario scenario, Package draft) => [.. scenario.Issues.Select((issue, i) => new
    {
        issue.Id, issue.Title, Option = draft[i] == Package.Open ? null : issue.Options[draft[i]].Label,
    })];

    private static object[] Log(TableSnapshot t) => [.. t.Transcript.Select(e => e switch
    {
        EventFired f => new { f.Round, Text = $"Event: {f.Event.Title}" },
        SeatPlayedByAi m => new { m.Round, Text = $"{m.Country} missed the deadline: the AI played its seat" },
        TradeAgreed trade => new { trade.Round, Text = $"Trade: {trade.First.Giver} gives {trade.First.Option} on {trade.First.Issue}, {trade.Second.Giver} gives {trade.Second.Option} on {trade.Second.Issue}" },
        SummitConcluded c => new { c.Round, Text = $"Concluded: {Reports.StatusName(c.Status)}" },
        _ => null,
    }).Where(x => x is not null).Select(x => (object)x!)];

    public static string Name(ClassroomStatus status) => status.ToString().ToLowerInvariant();

    private static class Reports
    {
        public static string StatusName(SummitStatus s) => Scenarios.Reports.RunOutcome.StatusName(s);
    }
}
