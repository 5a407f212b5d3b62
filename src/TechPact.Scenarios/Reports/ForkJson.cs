using System.Text.Json;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Reports;

/// <summary>The summit-forked line: the new rules and the added events, written in the scenario
/// file's event syntax (JSON being YAML's flow style), so TranscriptReader reads them back with
/// the same reader that reads <c>techpact fork --inject</c> and the scenario's own events.</summary>
internal static class ForkJson
{
    public static void WriteFields(Utf8JsonWriter writer, Scenario scenario, SummitForked forked)
    {
        writer.WriteNumber("parentSeed", forked.ParentSeed);
        writer.WriteNumber("seed", forked.Rules.Seed);
        writer.WriteNumber("maxRounds", forked.Rules.MaxRounds);
        writer.WriteNumber("noise", forked.Rules.Noise);
        writer.WriteStartArray("events");
        var json = new JsonFormatWriter(writer);
        foreach (var e in forked.Events) EventBlock.Write(json, e, scenario);
        writer.WriteEndArray();
    }
}
