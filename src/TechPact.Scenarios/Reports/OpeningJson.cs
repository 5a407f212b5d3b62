using System.Text.Json;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Reports;

/// <summary>The scenario in the summit-opened line, as its YAML: loading it back gives the very
/// scenario that ran (shortest round-trip numbers; already-normalised weights are kept exactly).</summary>
internal static class OpeningJson
{
    public static void WriteSource(Utf8JsonWriter writer, Scenario source)
    {
        writer.WriteString("scenarioYaml", ScenarioYamlWriter.Write(source));
    }
}
