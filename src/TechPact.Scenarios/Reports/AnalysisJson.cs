using System.Text.Json;
using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>The outcome analysis as JSON: result.json's <c>analysis</c> key (contract: nash,
/// kalaiSmorodinsky, maxWelfare — each with agreement and utilities — paretoOptimal,
/// distanceToNash) and the body of <c>techpact analyze --json</c>.</summary>
public sealed class AnalysisJson(Scenario scenario, OutcomeAnalysis analysis) : IResultSection
{
    public string Name => "analysis";

    public void WriteValue(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("outcomeCount", analysis.OutcomeCount.ToString());
        writer.WriteBoolean("exact", analysis.Exact);
        writer.WriteString("method", analysis.Method);
        writer.WriteNumber("evaluatedOutcomes", analysis.EvaluatedOutcomes);
        if (!analysis.Exact)
        {
            writer.WriteNumber("sampleSize", analysis.SampleSize);
            writer.WriteNumber("nashProductUpperBound", analysis.NashProductUpperBound);
        }
        writer.WriteNumber("paretoFrontierSize", analysis.ParetoFrontier.Length);
        Point(writer, "nash", analysis.Nash);
        Point(writer, "leverageWeightedNash", analysis.LeverageWeightedNash);
        Point(writer, "kalaiSmorodinsky", analysis.KalaiSmorodinsky);
        Point(writer, "maxWelfare", analysis.MaxWelfare);
        if (analysis.Agreement is { } reached)
        {
            writer.WriteBoolean("paretoOptimal", reached.IsParetoOptimal);
            if (reached.DistanceToNash is { } distance) writer.WriteNumber("distanceToNash", distance);
            else writer.WriteNull("distanceToNash");
        }
        writer.WriteStartArray("notes");
        foreach (var note in analysis.Notes) writer.WriteStringValue(note);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public string Write() => JsonText.Write(WriteValue, indented: true) + "\n";

    private void Point(Utf8JsonWriter writer, string name, SolutionPoint? point)
    {
        if (point is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WritePropertyName("agreement");
        JsonText.WritePackage(writer, scenario, point.Package, includeOpen: false);
        writer.WritePropertyName("utilities");
        JsonText.WriteByCountry(writer, scenario, point.Utilities);
        writer.WriteEndObject();
    }
}
