namespace TechPact.Scenarios.Reports.Experiments;

/// <summary>report.html for a sweep or tournament (<see cref="ExperimentReport"/>): one self-contained page
/// (inline CSS and SVG, no script, no CDN) with the adoption rate of every standard and each country's
/// utility distribution.</summary>
public static class ExperimentReportHtml
{
    public static string Write(Scenario scenario, string heading, string summary, SweepResult result,
        IReadOnlyList<StrategyStanding>? standings = null) =>
        HtmlPages.Render<ExperimentReport, ExperimentReportModel>(new ExperimentReportModel(scenario, heading, summary, result, standings)) + "\n";
}

/// <param name="Standings">A tournament's strategy standings; null for a sweep.</param>
public sealed record ExperimentReportModel(Scenario Scenario, string Heading, string Summary, SweepResult Result,
    IReadOnlyList<StrategyStanding>? Standings);
