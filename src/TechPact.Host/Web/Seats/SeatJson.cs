namespace TechPact.Host.Web.Seats;

/// <summary>The JSON a person's seat page renders (the classroom's and the live page's "take this seat").
/// Its brief and table are read off the agent protocol's turn message for the seat, so a person in the
/// seat sees exactly what an agent in it would, and nothing else: no other country's confidential numbers.</summary>
public static class SeatJson
{
    /// <param name="session">The classroom session and table, for a classroom seat.</param>
    /// <param name="watching">The seat was handed to the AI: its former holder follows it, read-only.</param>
    public static SeatPage Of(SeatSnapshot seat, IReadOnlyList<TranscriptEvent> transcript, string status, string title, string? session = null, int? table = null,
        bool watching = false)
    {
        var clock = seat.Clock;
        var left = clock.RemainingSeconds is { } r ? TimeSpan.FromSeconds(r) : clock.Deadline is { } d ? d - clock.Now : TimeSpan.Zero;
        var turn = AgentMessages.Turn(seat.SummitId, seat.View, left);
        var me = turn.Table.Countries.First(c => c.Id == turn.Country);
        var brief = turn.Brief;
        return new SeatPage(seat.SummitId, session, table, title, turn.Country, brief.Name, status, clock.Now,
            turn.Round, seat.View.IsOver, seat.OpenRound, clock.Deadline, clock.RemainingSeconds, clock.Paused,
            seat.Submitted is not null, seat.Submitted, seat.Refused, watching, new SeatHolder(SeatNames.Of(seat.Seat.Kind), seat.Seat.By),
            turn.Table.DraftUtility, turn.Table.Draft.Values.All(v => v is not null),
            new SeatBrief(brief.Strengths, brief.Reservation, brief.Strategy,
                [.. brief.Issues.Select(i => new BriefIssue(i.Id, i.Title, i.Weight, me.Commitments[i.Id], turn.Table.Draft[i.Id], i.Options))]),
            [.. turn.Table.Countries.Where(c => c.Id != me.Id)
                .Select(c => new OtherCountry(c.Id, c.Name, [.. c.Commitments.Select(kv => new IssueCommitments(kv.Key, kv.Value))]))],
            [.. seat.PlayedByAi.Select(p => new AiPlayedRound(p.Round, SeatNames.Of(p.Fault), p.Detail))],
            seat.View.IsOver ? new SeatPact(RunOutcome.StatusName(seat.View.Status), turn.Table.DraftUtility) : null,
            Log(transcript, seat.View.Country));
    }

    /// <summary>The table's public log: events, trades, seats the AI played, the conclusion.</summary>
    /// <param name="reader">The seat reading it: why the AI played another seat is only its fault's name, since the
    /// detail can quote that country's refused answer ("… is one of your red lines"). Null: the instructor, who sees all.</param>
    public static LogLine[] Log(IEnumerable<TranscriptEvent> transcript, string? reader = null) => [.. transcript.Select(e => e switch
    {
        EventFired f => new LogLine(f.Round, $"Event: {f.Event.Title}"),
        SeatPlayedByAi m => new LogLine(m.Round, $"{m.Country}: the AI played its seat ({SeatNames.Of(m.Fault)}{(m.Detail.Length > 0 && (reader is null || reader == m.Country) ? ": " + m.Detail : "")})"),
        SeatTaken t when t.Round > 0 => new LogLine(t.Round, $"{t.Country}'s seat: {Describe(t)}{(t.Reason.Length > 0 ? " — " + t.Reason : "")}"),
        TradeAgreed trade => new LogLine(trade.Round, $"Trade: {trade.First.Giver} gives {trade.First.Option} on {trade.First.Issue}, {trade.Second.Giver} gives {trade.Second.Option} on {trade.Second.Issue}"),
        SummitConcluded c => new LogLine(c.Round, $"Concluded: {RunOutcome.StatusName(c.Status)}"),
        _ => null,
    }).OfType<LogLine>()];

    public static string Describe(SeatTaken t) => Scenarios.Reports.Debrief.SeatText.Describe(t);
}
