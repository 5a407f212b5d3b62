using System.Text.Json;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Reports;

/// <summary>The scenario in the summit-opened line: its YAML, and each country's issue weights
/// exactly. Loading YAML normalises priorities again, and dividing by a sum that misses 1 in the
/// last bit moves a weight by one ulp (the seed scenario's Korea does); the exact weights undo that.</summary>
internal static class OpeningJson
{
    public static void WriteSource(Utf8JsonWriter writer, Scenario source)
    {
        writer.WriteStartObject("weights");
        foreach (var country in source.Countries)
        {
            writer.WriteStartArray(country.Id);
            foreach (var weight in country.Weights) writer.WriteNumberValue(weight);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteString("scenarioYaml", ScenarioYamlWriter.Write(source));
    }
}
