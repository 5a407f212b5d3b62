using System.Text;

namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>Across tables: each country's result against its Nash utility, and in words who beat
/// Nash and what they did differently (how much they conceded, how fast the table settled).</summary>
public static class DebriefComparison
{
    public static string Write(IReadOnlyList<DebriefTable> tables)
    {
        var html = new StringBuilder("<section class=\"compare\"><h2>Across the tables</h2><table><tr><th>Country</th>");
        foreach (var t in tables) html.Append($"<th>{Html.Text(t.Name)}</th>");
        html.Append("</tr>");
        var countries = tables[0].Final.Countries;
        for (var c = 0; c < countries.Length; c++)
        {
            html.Append($"<tr><td><span class=\"dot\" style=\"background:{DebriefCharts.Color(c)}\"></span>{Html.Text(countries[c].Name)}</td>");
            foreach (var t in tables)
            {
                var nash = t.Analysis.Nash?.Utilities[c];
                var u = t.Utilities[c];
                var diff = nash is null ? "" : $" <span class=\"{(u >= nash ? "good" : "bad")}\">({Html.Signed(u - nash.Value)} vs Nash)</span>";
                html.Append($"<td>{Html.Num(u)}{diff}<br><small>{DebriefSection.PlayedBy(t, countries[c].Id)}</small></td>");
            }
            html.Append("</tr>");
        }
        html.Append("<tr><td>Outcome</td>").Append(string.Concat(tables.Select(t => $"<td><small>{Html.Text(t.StatusText)}</small></td>"))).Append("</tr></table>");
        html.Append("<h3>Who did better than Nash, and why</h3><ul>");
        foreach (var line in Explanations(tables)) html.Append($"<li>{line}</li>");
        return html.Append("</ul></section>").ToString();
    }

    private static IEnumerable<string> Explanations(IReadOnlyList<DebriefTable> tables)
    {
        var any = false;
        foreach (var t in tables)
        {
            if (t.Analysis.Nash is not { } nash) { yield return $"{Html.Text(t.Name)}: no outcome clears every reservation, so there is no Nash point."; continue; }
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
                yield return $"<b>{Html.Text(t.Name)}, {Html.Text(country.Name)}</b> ({DebriefSection.PlayedBy(t, country.Id)}) ended " +
                             $"{Html.Signed(gain)} above its Nash utility: {Html.Text(why)}.";
            }
        }
        if (!any) yield return "Nobody beat their Nash utility: every table settled at or below the Nash point for each country.";
    }
}
