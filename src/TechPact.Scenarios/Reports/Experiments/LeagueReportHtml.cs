using System.Globalization;
using System.Net;
using System.Text;
using TechPact.Negotiation.Experiments.Tournaments;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports.Experiments;

/// <summary>A league's report.html. Nothing about how the runs were scheduled
/// (parallelism, timings) is written, so the same entrants, scenarios and seed give the same bytes
/// whenever the agents themselves are deterministic.</summary>
public static class LeagueReportHtml
{
    /// <summary>One self-contained page (inline CSS, no script): the leaderboard, and each entrant's mean utility per scenario and role.</summary>
    public static string Write(LeaguePlan plan, IReadOnlyList<LeagueResult> results, IReadOnlyList<LeagueStanding> standings, string summary)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tournament</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin:.5em 0 1.5em}")
            .Append("td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}th{background:#eee}td.name{text-align:left;font-family:monospace}</style>")
            .Append("</head><body>\n<h1>Tournament</h1>\n<p>").Append(E(summary)).Append("</p>\n");
        html.Append("<h2>Leaderboard</h2>\n<table><tr><th>Rank</th><th>Entrant</th><th>Seats</th><th>Mean utility</th><th>Margin over reservation</th>")
            .Append("<th>Agreement rate</th><th>Distance to Nash</th><th>Social welfare</th></tr>\n");
        foreach (var s in standings)
            html.Append("<tr><td>").Append(s.Rank).Append("</td><td class=\"name\">").Append(E(s.Entrant)).Append("</td><td>").Append(s.Seats)
                .Append("</td><td>").Append(N(s.MeanUtility)).Append("</td><td>").Append(N(s.MeanMargin)).Append("</td><td>")
                .Append(s.AgreementRate.ToString("P1", CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(s.MeanNashDistance is { } d ? N(d) : "—").Append("</td><td>").Append(N(s.MeanWelfare)).Append("</td></tr>\n");
        html.Append("</table>\n<p>Utilities are measured with each scenario's own preferences; the Nash point is the scenario's as loaded, before any event fires.</p>\n");
        foreach (var (scenario, s) in plan.Scenarios.Select((x, i) => (x, i)))
        {
            html.Append("<h2>").Append(E(scenario.Title)).Append("</h2>\n<p>Mean utility of each entrant in each role.</p>\n<table><tr><th>Entrant</th>");
            foreach (var c in scenario.Countries) html.Append("<th>").Append(E(c.Id)).Append("</th>");
            html.Append("</tr>\n");
            var runs = results.Select(r => (Result: r, Run: plan.Run(r.Index))).Where(x => x.Run.ScenarioIndex == s).ToList();
            foreach (var (entrant, e) in plan.Entrants.Select((x, i) => (x, i)))
            {
                html.Append("<tr><td class=\"name\">").Append(E(entrant.Name)).Append("</td>");
                for (var c = 0; c < scenario.Countries.Length; c++)
                {
                    var mine = runs.Where(x => x.Run.Assignment[c] == e).Select(x => Negotiation.Preferences.Utility.Of(scenario.Countries[c], x.Result.Agreement)).ToList();
                    html.Append("<td>").Append(mine.Count == 0 ? "—" : N(mine.Average())).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
