namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>The debrief's sentences, as plain text (the page encodes them).</summary>
public static class DebriefText
{
    /// <summary>Who played the seat: "AI", "student", "agent python3 x.py (AI in round 3: late)".</summary>
    public static string PlayedBy(DebriefTable table, string country)
    {
        if (!table.PlayedFromOutside(country)) return "AI";
        var holders = string.Join(", then ", table.Seats[country].Select(t => t.Round <= 1 ? SeatText.Describe(t) : $"{SeatText.Describe(t)} from round {t.Round}"));
        var missed = table.PlayedByAi[country].ToList();
        return missed.Count == 0 ? holders
            : $"{holders} (AI in round {string.Join(", ", missed.Select(m => $"{m.Round}: {SeatText.FaultName(m.Fault)}"))})";
    }

    /// <summary>Across tables, in words: who beat their Nash utility and what they did differently (how
    /// much they conceded against the table's average).</summary>
    public static IEnumerable<NashExplanation> BeatingNash(IReadOnlyList<DebriefTable> tables)
    {
        var any = false;
        foreach (var t in tables)
        {
            if (t.Analysis.Nash is not { } nash)
            {
                yield return new NashExplanation(null, null, $"{t.Name}: no outcome clears every reservation, so there is no Nash point.");
                continue;
            }
            var conceded = t.Final.Countries.Select(c => t.Transcript.OfType<Negotiation.Summits.CountryAnswered>()
                .Where(a => a.Move.Country == c.Id).Sum(a => a.Move.Concessions)).ToArray();
            var mean = conceded.Length == 0 ? 0 : conceded.Average();
            for (var c = 0; c < t.Final.Countries.Length; c++)
            {
                var gain = t.Utilities[c] - nash.Utilities[c];
                if (gain <= 0.0005) continue;
                any = true;
                var country = t.Final.Countries[c];
                var why = conceded[c] < mean
                    ? $"it conceded less than the others ({conceded[c]} concessions against a table average of {mean:0.0})"
                    : $"the others conceded enough to it on its priorities (it made {conceded[c]} concessions, table average {mean:0.0})";
                yield return new NashExplanation($"{t.Name}, {country.Name}", PlayedBy(t, country.Id),
                    $"ended {Figures.Signed(gain)} above its Nash utility: {why}.");
            }
        }
        if (!any) yield return new NashExplanation(null, null, "Nobody beat their Nash utility: every table settled at or below the Nash point for each country.");
    }
}

/// <summary>One line of the comparison: who (shown in bold) and who played the seat, when it is about a
/// country, then what happened.</summary>
public sealed record NashExplanation(string? Who, string? PlayedBy, string Text);
