namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>report.html: the debrief of one or more tables of the same scenario (<see cref="DebriefPage"/>).
/// Self-contained (inline CSS and SVG, no script), opens offline and prints cleanly.</summary>
public static class DebriefHtml
{
    public static string Write(string title, IReadOnlyList<DebriefTable> tables, string? subtitle = null) =>
        HtmlPages.Render<DebriefPage, DebriefPageModel>(new DebriefPageModel(title, tables, subtitle));
}

/// <summary>What the debrief page shows: a title, the tables, and a line under the title.</summary>
public sealed record DebriefPageModel(string Title, IReadOnlyList<DebriefTable> Tables, string? Subtitle);
