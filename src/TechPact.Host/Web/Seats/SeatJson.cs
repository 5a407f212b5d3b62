namespace TechPact.Host.Web.Seats;

/// <summary>The JSON a person's seat page renders (the classroom's and the live page's "take this seat").
/// Its brief and table are read off the agent protocol's turn message for the seat, so a person in the
/// seat sees exactly what an agent in it would, and nothing else: no other country's confidential numbers.</summary>
public static class SeatJson
{
    /// <param name="session">The classroom session and table, for a classroom seat.</param>
    /// <param name="watching">The seat was handed to the AI: its former holder follows it, read-only.</param>
    public static object Of(SeatSnapshot seat, IReadOnlyList<TranscriptEvent> transcript, string status, string title, string? session = null, int? table = null,
        bool watching = false)
    {
        var clock = seat.Clock;
        var left = clock.RemainingSeconds is { } r ? TimeSpan.FromSeconds(r) : clock.Deadline is { } d ? d - clock.Now : TimeSpan.Zero;
        var turn = AgentMessages.Turn(seat.SummitId, seat.View, left);
        var me = turn.Table.Countries.First(c => c.Id == turn.Country);
        return new
        {
            seat.SummitId, SessionId = session, Table = table, Title = title, turn.Country, turn.Brief.Name, Status = status, clock.Now,
            turn.Round, Over = seat.View.IsOver, seat.OpenRound, clock.Deadline, clock.RemainingSeconds, clock.Paused,
            Submitted = seat.Submitted is not null, Submission = seat.Submitted, seat.Refused, Watching = watching,
            HeldBy = new { Kind = SeatNames.Of(seat.Seat.Kind), seat.Seat.By },
            turn.Table.DraftUtility, DraftComplete = turn.Table.Draft.Values.All(v => v is not null),
            Brief = new
            {
                turn.Brief.Strengths, turn.Brief.Reservation, turn.Brief.Strategy,
                Issues = turn.Brief.Issues.Select(i => new { i.Id, i.Title, i.Weight, Mine = me.Commitments[i.Id], Draft = turn.Table.Draft[i.Id], i.Options }),
            },
            Others = turn.Table.Countries.Where(c => c.Id != me.Id).Select(c => new
            {
                c.Id, c.Name, Commitments = c.Commitments.Select(kv => new { Issue = kv.Key, Options = kv.Value }),
            }),
            PlayedByAi = seat.PlayedByAi.Select(p => new { p.Round, Reason = SeatNames.Of(p.Fault), p.Detail }),
            Pact = seat.View.IsOver ? new { Status = RunOutcome.StatusName(seat.View.Status), MyUtility = turn.Table.DraftUtility } : null,
            Log = Log(transcript, seat.View.Country),
        };
    }

    /// <summary>The table's public log: events, trades, seats the AI played, the conclusion.</summary>
    /// <param name="reader">The seat reading it: why the AI played another seat is only its fault's name, since the
    /// detail can quote that country's refused answer ("… is one of your red lines"). Null: the instructor, who sees all.</param>
    public static object[] Log(IEnumerable<TranscriptEvent> transcript, string? reader = null) => [.. transcript.Select(e => e switch
    {
        EventFired f => new { f.Round, Text = $"Event: {f.Event.Title}" },
        SeatPlayedByAi m => new { m.Round, Text = $"{m.Country}: the AI played its seat ({SeatNames.Of(m.Fault)}{(m.Detail.Length > 0 && (reader is null || reader == m.Country) ? ": " + m.Detail : "")})" },
        SeatTaken t when t.Round > 0 => new { t.Round, Text = $"{t.Country}'s seat: {Describe(t)}{(t.Reason.Length > 0 ? " — " + t.Reason : "")}" },
        TradeAgreed trade => new { trade.Round, Text = $"Trade: {trade.First.Giver} gives {trade.First.Option} on {trade.First.Issue}, {trade.Second.Giver} gives {trade.Second.Option} on {trade.Second.Issue}" },
        SummitConcluded c => new { c.Round, Text = $"Concluded: {RunOutcome.StatusName(c.Status)}" },
        _ => null,
    }).Where(x => x is not null).Select(x => (object)x!)];

    public static string Describe(SeatTaken t) => Scenarios.Reports.Debrief.SeatText.Describe(t);
}
