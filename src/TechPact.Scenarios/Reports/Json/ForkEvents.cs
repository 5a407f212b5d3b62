using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>The events a fork added, with the table whose ids they are written by: written in the
/// scenario file's event syntax by the same code that writes a scenario's events (<see cref="EventBlock"/>).</summary>
[JsonConverter(typeof(ForkEventsConverter))]
internal sealed record ForkEvents(ImmutableArray<ScenarioEvent> Events, Scenario Scenario);

internal sealed class ForkEventsConverter : JsonConverter<ForkEvents>
{
    public override void Write(Utf8JsonWriter writer, ForkEvents value, JsonSerializerOptions options)
    {
        var json = new JsonFormatWriter(writer);
        json.StartList();
        foreach (var evt in value.Events) EventBlock.Write(json, evt, value.Scenario);
        json.EndList();
    }

    /// <summary>Transcripts are read by TranscriptReader, which reads events with the event reader.</summary>
    public override ForkEvents Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Fork events are read by TranscriptReader with the event reader, not deserialized.");
}
