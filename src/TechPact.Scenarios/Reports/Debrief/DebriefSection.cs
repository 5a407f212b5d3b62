using System.Text;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>One table: the pact, utilities against reservations, the charts and the concession ledger.</summary>
public static class DebriefSection
{
    public static string Write(DebriefTable table)
    {
        var s = table.Final;
        var nash = table.Analysis.Nash;
        var ks = table.Analysis.KalaiSmorodinsky;
        var html = new StringBuilder($"<section class=\"table\"><h2>{Html.Text(table.Name)}</h2><p class=\"status\">{Html.Text(table.StatusText)}</p>");

        html.Append("<div class=\"cols\"><div><h3>The pact</h3><ol class=\"pact\">");
        for (var i = 0; i < s.Issues.Length; i++)
        {
            var o = table.Agreement[i];
            html.Append($"<li><b>{Html.Text(s.Issues[i].Title)}</b>: ")
                .Append(o == Package.Open ? "<i>left open</i>" : Html.Text(s.Issues[i].Options[o].Label)).Append("</li>");
        }
        html.Append("</ol></div><div><h3>Who got what</h3><table><tr><th>Country</th><th>Played by</th><th>Utility</th><th>Reservation</th><th>Margin</th><th>Nash</th><th>KS</th></tr>");
        for (var c = 0; c < s.Countries.Length; c++)
        {
            var country = s.Countries[c];
            var u = table.Utilities[c];
            var margin = u - country.Reservation;
            html.Append($"<tr><td><span class=\"dot\" style=\"background:{DebriefCharts.Color(c)}\"></span>{Html.Text(country.Name)}</td>")
                .Append($"<td>{PlayedBy(table, country.Id)}</td><td>{Html.Num(u)}</td><td>{Html.Num(country.Reservation)}</td>")
                .Append($"<td class=\"{(margin >= 0 ? "good" : "bad")}\">{Html.Signed(margin)}</td>")
                .Append($"<td>{(nash is null ? "—" : Html.Num(nash.Utilities[c]))}</td><td>{(ks is null ? "—" : Html.Num(ks.Utilities[c]))}</td></tr>");
        }
        html.Append("</table>");
        if (table.Analysis.Agreement is { } review)
            html.Append($"<p class=\"note\">{(review.IsParetoOptimal ? "The pact is Pareto-optimal: no package is better for someone and worse for nobody." : "The pact is not Pareto-optimal: another package is better for someone and worse for nobody.")}")
                .Append(review.DistanceToNash is { } d ? $" Distance to the Nash point: {Html.Num(d)}." : "").Append("</p>");
        html.Append("</div></div>");

        html.Append("<h3>Utility per round and the bargaining space</h3><div class=\"charts\">");
        html.Append($"<figure>{DebriefCharts.UtilityPerRound(table)}<figcaption>{Legend(table)} Dashed: reservations.</figcaption></figure>");
        foreach (var (a, b) in Pairs(s.Countries.Length))
            html.Append($"<figure>{DebriefCharts.Frontier(table, a, b)}<figcaption>Grey dots: Pareto frontier; shaded: both above their reservation.</figcaption></figure>");
        html.Append("</div>");

        var events = table.Transcript.OfType<Negotiation.Summits.EventFired>().ToList();
        if (events.Count > 0)
            html.Append("<h3>Events</h3><ul>").Append(string.Concat(events.Select(e => $"<li>Round {e.Round}: {Html.Text(e.Event.Title)}</li>"))).Append("</ul>");

        html.Append(WhatIfSection.Write(table));

        html.Append("<h3>Concession ledger</h3>");
        var ledger = ConcessionLedger.Of(table);
        if (ledger.Count == 0) html.Append("<p>Nobody conceded after the opening round.</p>");
        else
        {
            html.Append("<table class=\"ledger\"><tr><th>Round</th><th>Country</th><th>Issue</th><th>Newly accepted</th><th>Why</th></tr>");
            foreach (var r in ledger)
                html.Append($"<tr><td>{r.Round}</td><td>{Html.Text(r.Country)}</td><td>{Html.Text(r.Issue)}</td><td>{Html.Text(r.Options)}</td><td>{Html.Text(r.Reason)}</td></tr>");
            html.Append("</table>");
        }
        return html.Append("</section>").ToString();
    }

    /// <summary>Who played the seat, as HTML: "AI", "student", "agent python3 x.py (AI in round 3: late)".</summary>
    public static string PlayedBy(DebriefTable table, string country)
    {
        if (!table.PlayedFromOutside(country)) return "AI";
        var holders = string.Join(", then ", table.Seats[country].Select(t => t.Round <= 1 ? SeatText.Describe(t) : $"{SeatText.Describe(t)} from round {t.Round}"));
        var missed = table.PlayedByAi[country].ToList();
        var text = missed.Count == 0 ? holders
            : $"{holders} (AI in round {string.Join(", ", missed.Select(m => $"{m.Round}: {SeatText.FaultName(m.Fault)}"))})";
        return Html.Text(text);
    }

    private static string Legend(DebriefTable table) => string.Concat(table.Final.Countries.Select((c, i) =>
        $"<span class=\"dot\" style=\"background:{DebriefCharts.Color(i)}\"></span>{Html.Text(c.Id)} "));

    /// <summary>Every pair of countries, at most three charts (a bigger table shows the first three pairs).</summary>
    private static IEnumerable<(int, int)> Pairs(int n) =>
        (from a in Enumerable.Range(0, n) from b in Enumerable.Range(a + 1, n - a - 1) select (a, b)).Take(3);
}
