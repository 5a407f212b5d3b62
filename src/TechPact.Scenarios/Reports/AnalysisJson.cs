namespace TechPact.Scenarios.Reports;

/// <summary>The outcome analysis as JSON (<see cref="AnalysisDocument"/>): result.json's <c>analysis</c>
/// key and the body of <c>techpact analyze --json</c>.</summary>
public sealed class AnalysisJson(Scenario scenario, OutcomeAnalysis analysis)
{
    public string Write() => ReportJson.File(Document(scenario, analysis), ReportJson.Contract.AnalysisDocument);

    internal static AnalysisDocument Document(Scenario scenario, OutcomeAnalysis analysis)
    {
        PointJson? Point(SolutionPoint? point) => point is null ? null
            : new PointJson(Ids.Package(scenario, point.Package, includeOpen: false), Ids.ByCountry(scenario, point.Utilities));
        var reached = analysis.Agreement;
        return new AnalysisDocument(analysis.OutcomeCount.ToString(), analysis.Exact, analysis.Method, analysis.EvaluatedOutcomes,
            analysis.Exact ? null : analysis.SampleSize, analysis.Exact ? null : analysis.NashProductUpperBound,
            analysis.ParetoFrontier.Length, Point(analysis.Nash), Point(analysis.LeverageWeightedNash), Point(analysis.KalaiSmorodinsky),
            Point(analysis.MaxWelfare), reached?.IsParetoOptimal, reached is null ? null : new NumberOrNull(reached.DistanceToNash),
            [.. analysis.Notes]);
    }
}
