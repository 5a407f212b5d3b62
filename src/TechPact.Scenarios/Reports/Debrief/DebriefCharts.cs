using System.Globalization;
using System.Text;
using TechPact.Negotiation.Analysis;

namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>Inline SVG: no script, no download, prints as vectors.</summary>
public static class DebriefCharts
{
    public static readonly string[] Palette = ["#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];

    private const int Width = 420, Height = 220, Pad = 34;

    public static string Color(int c) => Palette[c % Palette.Length];

    /// <summary>Each country's utility of the draft per round, with its reservation dashed.</summary>
    public static string UtilityPerRound(DebriefTable table)
    {
        var svg = Open("Utility of the draft, round by round");
        var last = Math.Max(1, table.Rounds - 1);
        Axes(svg, "round", "utility");
        for (var r = 0; r <= last; r++)
            svg.Append($"<text x=\"{F(X(r, last))}\" y=\"{Height - Pad + 14}\" class=\"tick\" text-anchor=\"middle\">{r + 1}</text>");
        for (var c = 0; c < table.Final.Countries.Length; c++)
        {
            var country = table.Final.Countries[c];
            var reservation = F(Y(country.Reservation));
            svg.Append($"<line x1=\"{Pad}\" x2=\"{Width - 8}\" y1=\"{reservation}\" y2=\"{reservation}\" stroke=\"{Color(c)}\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>");
            var points = table.UtilityPerRound(country.Id).Select((u, r) => $"{F(X(r, last))},{F(Y(u))}");
            svg.Append($"<polyline fill=\"none\" stroke=\"{Color(c)}\" stroke-width=\"2.2\" points=\"{string.Join(' ', points)}\"><title>{Html.Text(country.Name)}</title></polyline>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The Pareto frontier seen from two countries, with Nash, Kalai–Smorodinsky and the table's agreement.</summary>
    public static string Frontier(DebriefTable table, int a, int b)
    {
        var countries = table.Final.Countries;
        var svg = Open($"Pareto frontier: {countries[a].Name} against {countries[b].Name}");
        var (ra, rb) = (table.Analysis.Reservations[a], table.Analysis.Reservations[b]);
        // Zoom onto the bargaining space: below the lower reservation nothing is agreeable anyway.
        _lo = Math.Max(0, Math.Floor((Math.Min(ra, rb) - 0.1) * 10) / 10);
        svg.Append($"<rect x=\"{F(X(ra, 1))}\" y=\"{Pad / 2}\" width=\"{F(Width - 8 - X(ra, 1))}\" height=\"{F(Y(rb) - Pad / 2.0)}\" class=\"zopa\"><title>Both above their reservations</title></rect>");
        Axes(svg, countries[a].Id, countries[b].Id);
        foreach (var p in table.Analysis.ParetoFrontier)
            svg.Append($"<circle cx=\"{F(X(p.Utilities[a], 1))}\" cy=\"{F(Y(p.Utilities[b]))}\" r=\"2.2\" class=\"frontier\"/>");
        Mark(svg, table.Analysis.Nash, a, b, "Nash", "#111827", "square");
        Mark(svg, table.Analysis.KalaiSmorodinsky, a, b, "KS", "#6b7280", "diamond");
        Mark(svg, new SolutionPoint("agreement", table.Agreement, [.. table.Utilities]), a, b, "pact", "#dc2626", "ring");
        _lo = 0;
        return svg.Append("</svg>").ToString();
    }

    private static void Mark(StringBuilder svg, SolutionPoint? point, int a, int b, string label, string color, string shape)
    {
        if (point is null) return;
        var (x, y) = (X(point.Utilities[a], 1), Y(point.Utilities[b]));
        svg.Append(shape switch
        {
            "square" => $"<rect x=\"{F(x - 4.5)}\" y=\"{F(y - 4.5)}\" width=\"9\" height=\"9\" fill=\"{color}\"/>",
            "diamond" => $"<polygon points=\"{F(x)},{F(y - 6)} {F(x + 6)},{F(y)} {F(x)},{F(y + 6)} {F(x - 6)},{F(y)}\" fill=\"{color}\"/>",
            _ => $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"6.5\" fill=\"none\" stroke=\"{color}\" stroke-width=\"3\"/>",
        });
        var dy = label == "KS" ? 16 : label == "pact" ? -10 : -6;
        svg.Append($"<text x=\"{F(x + 9)}\" y=\"{F(y + dy)}\" class=\"label\" fill=\"{color}\">{label}</text>");
    }

    private static StringBuilder Open(string title) =>
        new($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html.Text(title)}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Html.Text(title)}</title>");

    private static void Axes(StringBuilder svg, string x, string y)
    {
        svg.Append($"<line x1=\"{Pad}\" y1=\"{Height - Pad}\" x2=\"{Width - 8}\" y2=\"{Height - Pad}\" class=\"axis\"/>");
        svg.Append($"<line x1=\"{Pad}\" y1=\"{Pad / 2}\" x2=\"{Pad}\" y2=\"{Height - Pad}\" class=\"axis\"/>");
        foreach (var v in new[] { _lo, (_lo + 1) / 2, 1.0 })
            svg.Append($"<text x=\"{Pad - 4}\" y=\"{F(Y(v) + 4)}\" class=\"tick\" text-anchor=\"end\">{F(v)}</text>");
        svg.Append($"<text x=\"{Width - 8}\" y=\"{Height - 4}\" class=\"axis-name\" text-anchor=\"end\">{Html.Text(x)} →</text>");
        svg.Append($"<text x=\"4\" y=\"12\" class=\"axis-name\">↑ {Html.Text(y)}</text>");
    }

    /// <summary>The lowest utility the chart being drawn shows (0, or higher on a zoomed frontier chart).</summary>
    [ThreadStatic] private static double _lo;

    private static double X(double v, double max) => Pad + (Width - 8 - Pad) * (max <= 0 ? 0 : Math.Clamp((v / max - _lo) / (1 - _lo), 0, 1));
    private static double Y(double u) => Height - Pad - (Height - Pad - Pad / 2.0) * Math.Clamp((u - _lo) / (1 - _lo), 0, 1);
    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
