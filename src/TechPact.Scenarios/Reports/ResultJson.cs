using System.Text.Json;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>result.json (contract): scenario, seed, status, rounds, agreement (issue id → option id,
/// open issues omitted), utilities (country id → number), then any extra sections in order.</summary>
public static class ResultJson
{
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript, params IEnumerable<IResultSection> sections) =>
        Write(scenario, RunOutcome.FromTranscript(transcript), sections);

    public static string Write(Scenario scenario, RunOutcome outcome, params IEnumerable<IResultSection> sections) =>
        JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("scenario", outcome.ScenarioId);
            writer.WriteNumber("seed", outcome.Seed);
            writer.WriteString("status", RunOutcome.StatusName(outcome.Status));
            writer.WriteNumber("rounds", outcome.Rounds);
            writer.WritePropertyName("agreement");
            JsonText.WritePackage(writer, scenario, outcome.Agreement, includeOpen: false);
            writer.WritePropertyName("utilities");
            JsonText.WriteByCountry(writer, scenario, outcome.Utilities);
            foreach (var section in sections) WriteSection(writer, section);
            writer.WriteEndObject();
        }, indented: true) + "\n";

    private static void WriteSection(Utf8JsonWriter writer, IResultSection section)
    {
        writer.WritePropertyName(section.Name);
        section.WriteValue(writer);
    }
}
