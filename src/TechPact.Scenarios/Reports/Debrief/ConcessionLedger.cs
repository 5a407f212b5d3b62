namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>One concession: an option a country newly accepted, and why.</summary>
public sealed record Concession(int Round, string Country, string Issue, string Options, string Reason);

/// <summary>Reads every concession off a table's transcript: commitments that grew from one round to
/// the next, with what drove them (a logrolling trade's own reason, an event that had just fired,
/// or the issue's place in the country's priorities), and who played the seat.</summary>
public static class ConcessionLedger
{
    public static IReadOnlyList<Concession> Of(DebriefTable table)
    {
        var scenario = table.Final;
        var transcript = table.Transcript;
        var trades = transcript.OfType<TradeAgreed>().SelectMany(t => new[] { t.First, t.Second }).ToList();
        var events = transcript.OfType<EventFired>().ToList();
        var ai = table.PlayedByAi;
        var result = new List<Concession>();
        foreach (var byCountry in transcript.OfType<CountryAnswered>().GroupBy(a => a.Move.Country))
        {
            var c = scenario.CountryIndex(byCountry.Key);
            if (c < 0) continue;
            var profile = scenario.Countries[c];
            var rank = Enumerable.Range(0, scenario.Issues.Length).OrderByDescending(i => profile.Weights[i]).ToList();
            Negotiation.Negotiators.CountryMove? before = null;
            foreach (var answer in byCountry.OrderBy(a => a.Round))
            {
                var move = answer.Move;
                for (var i = 0; before is not null && i < scenario.Issues.Length && i < move.Commitments.Length; i++)
                {
                    var fresh = move.Commitments[i].Except(before.Commitments[i]);
                    if (fresh.IsEmpty) continue;
                    var issue = scenario.Issues[i];
                    var labels = string.Join(", ", fresh.Members().Where(o => o < issue.Options.Length).Select(o => issue.Options[o].Label));
                    var trade = trades.FirstOrDefault(t => t.Giver == profile.Id && t.Issue == issue.Id && t.Round == move.Round - 1);
                    var reason = trade?.Reason ?? Driver(events, move.Round, profile.Weights[i], rank.IndexOf(i) + 1, rank.Count, move.Accepts);
                    var who = !table.PlayedFromOutside(profile.Id) ? ""
                        : ai[profile.Id].FirstOrDefault(m => m.Round == move.Round) is { } m ? $" (AI played the seat: {SeatText.Fault(m)})"
                        : $" ({SeatText.Holder(table, profile.Id, move.Round)})";
                    result.Add(new Concession(move.Round, profile.Id, issue.Title, labels, reason + who));
                }
                before = move;
            }
        }
        return [.. result.OrderBy(r => r.Round).ThenBy(r => scenario.CountryIndex(r.Country))];
    }

    private static string Driver(List<EventFired> events, int round, double weight, int rank, int of, bool accepts)
    {
        var recent = events.LastOrDefault(e => e.Round <= round && e.Round >= round - 1);
        var priority = $"priority {rank} of {of} (weight {weight:0.00})";
        if (recent is not null) return $"after “{recent.Event.Title}” (round {recent.Round}); {priority}";
        if (accepts) return $"accepted the draft as a package; {priority}";
        return rank > of / 2 ? $"a low {priority}: cheap to give" : $"{priority}: conceded as the deadline neared";
    }
}
