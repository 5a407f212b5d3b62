using System.Globalization;
using System.Net;
using System.Text;
using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Negotiation.Experiments.Tournaments;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports.Experiments;

/// <summary>report.html for a sweep or tournament: one self-contained page (inline CSS and SVG,
/// no script, no CDN) with the adoption rate of every standard and each country's utility
/// distribution.</summary>
public static class ExperimentReportHtml
{
    private static readonly string[] Palette = ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac", "#1b7837", "#762a83"];
    private const string OpenColour = "#bbbbbb";

    public static string Write(Scenario scenario, string heading, string summary, SweepResult result,
        IReadOnlyList<StrategyStanding>? standings = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(heading)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}th{background:#eee}svg text{font-size:11px}</style>")
            .Append("</head><body>\n<h1>").Append(E(heading)).Append("</h1>\n<p>").Append(E(summary)).Append("</p>\n");
        html.Append("<p>Agreement in ").Append(Pct(result.AgreementRate)).Append(" of ").Append(result.Runs)
            .Append(" runs (partial: ").Append(result.Partials).Append(", none: ").Append(result.NoAgreements)
            .Append("). Rounds: median ").Append(N(result.Rounds.P50)).Append(", p90 ").Append(N(result.Rounds.P90)).Append(".</p>\n");
        if (standings is not null) Standings(html, standings);
        html.Append("<h2>How often each standard was adopted</h2>\n");
        Adoption(html, scenario, result);
        html.Append("<h2>Each country's utility of the pact</h2>\n<p>Bar: p10–p90; tick: median; dot: mean; line: reservation.</p>\n");
        Utilities(html, scenario, result);
        if (!result.Sensitivity.IsEmpty) Sensitivity(html, result);
        return html.Append("</body></html>\n").ToString();
    }

    private static void Standings(StringBuilder html, IReadOnlyList<StrategyStanding> standings)
    {
        html.Append("<h2>Strategy standings</h2>\n<table><tr><th>Rank</th><th>Strategy</th><th>Seats</th><th>Mean utility</th><th>Mean surplus</th><th>Agreement rate</th></tr>\n");
        foreach (var s in standings)
            html.Append("<tr><td>").Append(s.Rank).Append("</td><td>").Append(E(s.Strategy)).Append("</td><td>").Append(s.Seats)
                .Append("</td><td>").Append(N(s.MeanUtility)).Append("</td><td>").Append(N(s.MeanSurplus))
                .Append("</td><td>").Append(Pct(s.AgreementRate)).Append("</td></tr>\n");
        html.Append("</table>\n");
    }

    private static void Adoption(StringBuilder html, Scenario scenario, SweepResult result)
    {
        const int label = 230, width = 520, row = 26;
        var height = row * scenario.Issues.Length + 10;
        html.Append(Svg(label + width + 10, height, "Adoption rate of each option, per issue"));
        foreach (var a in result.Adoption)
        {
            var issue = scenario.Issues[a.Issue];
            var y = 5 + row * a.Issue;
            html.Append(Text(label - 6, y + 15, issue.Title, "end"));
            var x = (double)label;
            for (var o = 0; o <= issue.Options.Length; o++)
            {
                var count = o < issue.Options.Length ? a.Adopted[o] : a.Open;
                if (count == 0) continue;
                var w = width * count / (double)Math.Max(1, result.Runs);
                var name = o < issue.Options.Length ? issue.Options[o].Label : "left open";
                var colour = o < issue.Options.Length ? Palette[o * Palette.Length / Math.Max(1, issue.Options.Length) % Palette.Length] : OpenColour;
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{row - 6}\" fill=\"{colour}\">")
                    .Append("<title>").Append(E($"{issue.Title}: {name} — {Pct(count / (double)result.Runs)}")).Append("</title></rect>");
                if (w > 60) html.Append(Text(x + 3, y + 14, Short(name, (int)(w / 6.5)), "start"));
                x += w;
            }
            html.Append('\n');
        }
        html.Append("</svg>\n");
    }

    private static void Utilities(StringBuilder html, Scenario scenario, SweepResult result)
    {
        const int label = 180, width = 520, row = 16;
        var height = row * scenario.Countries.Length + 30;
        html.Append(Svg(label + width + 10, height, "Utility distribution per country"));
        for (var t = 0; t <= 10; t += 2)
        {
            var x = label + width * t / 10.0;
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height - 18}\" stroke=\"#eee\"/>")
                .Append(Text(x, height - 5, (t / 10.0).ToString("0.0", CultureInfo.InvariantCulture), "middle"));
        }
        for (var c = 0; c < scenario.Countries.Length; c++)
        {
            var d = result.Utilities[c];
            var y = 2 + row * c;
            double X(double u) => label + width * Math.Clamp(u, 0, 1);
            html.Append(Text(label - 6, y + 11, scenario.Countries[c].Name, "end"))
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(d.P10):0.#}\" y=\"{y + 3}\" width=\"{Math.Max(1, X(d.P90) - X(d.P10)):0.#}\" height=\"{row - 6}\" fill=\"#67a9cf\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(d.P50):0.#}\" y1=\"{y + 1}\" x2=\"{X(d.P50):0.#}\" y2=\"{y + row - 1}\" stroke=\"#08306b\" stroke-width=\"2\"/>")
                .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(d.Mean):0.#}\" cy=\"{y + row / 2}\" r=\"2.5\" fill=\"#000\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(scenario.Countries[c].Reservation):0.#}\" y1=\"{y}\" x2=\"{X(scenario.Countries[c].Reservation):0.#}\" y2=\"{y + row}\" stroke=\"#b2182b\"/>\n");
        }
        html.Append("</svg>\n");
    }

    private static void Sensitivity(StringBuilder html, SweepResult result)
    {
        html.Append("<h2>Sensitivity</h2>\n<p>Share of the outcomes' variance each perturbation explains (first-order, linear; chance level removed).</p>\n")
            .Append("<table><tr><th>Perturbation</th><th>Explained</th><th>Of agreement</th><th>Strongest parameter</th><th>On</th><th>r</th></tr>\n");
        foreach (var s in result.Sensitivity)
            html.Append("<tr><td>").Append(E(s.Dimension.ToString().ToLowerInvariant())).Append("</td><td>").Append(Pct(s.Explained))
                .Append("</td><td>").Append(Pct(s.Agreement)).Append("</td><td>").Append(E(s.Strongest)).Append("</td><td>")
                .Append(E(s.StrongestOutcome)).Append("</td><td>").Append(N(s.StrongestCorrelation)).Append("</td></tr>\n");
        html.Append("</table>\n");
    }

    private static string Svg(int width, int height, string title) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\">";

    private static string Text(double x, double y, string text, string anchor) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{E(text)}</text>");

    private static string Short(string text, int max) => text.Length <= max ? text : text[..Math.Max(1, max - 1)] + "…";
    private static string E(string text) => WebUtility.HtmlEncode(text);
    private static string N(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Pct(double v) => (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
