using System.Text;

namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>report.html: the debrief of one or more tables of the same scenario. Self-contained
/// (inline CSS and SVG, no script), opens offline and prints cleanly.</summary>
public static class DebriefHtml
{
    public static string Write(string title, IReadOnlyList<DebriefTable> tables, string? subtitle = null)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>Debrief — {Html.Text(title)}</title><style>{DebriefStyle.Css}</style></head><body>")
            .Append($"<header><h1>Debrief: {Html.Text(title)}</h1>");
        if (subtitle is not null) html.Append($"<p class=\"sub\">{Html.Text(subtitle)}</p>");
        html.Append("</header>");
        if (tables.Count > 0) html.Append(DebriefComparison.Write(tables));
        foreach (var table in tables) html.Append(DebriefSection.Write(table));
        html.Append("<footer>Utilities are each country's own score of the pact (0–1) under its confidential brief at the end of the " +
                    "negotiation; the reservation is what no deal is worth to it. Nash maximises the product of everyone's gains over " +
                    "their reservations; Kalai–Smorodinsky gives everyone the same share of their best possible gain.</footer>");
        return html.Append("</body></html>").ToString();
    }
}
