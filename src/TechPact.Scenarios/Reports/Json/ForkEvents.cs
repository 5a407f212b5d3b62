using System.Text.Json.Serialization;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>The events a fork added, in the scenario file's event syntax: written by the same code that
/// writes a scenario's events (<see cref="EventBlock"/>), with ids from the table; read back as each event's
/// text, which TranscriptReader gives to the event reader of injects and scenario files (JSON is YAML's
/// flow style).</summary>
[JsonConverter(typeof(ForkEventsConverter))]
internal sealed class ForkEvents
{
    private ForkEvents(ImmutableArray<ScenarioEvent> events, Scenario? scenario, IReadOnlyList<string> texts)
    {
        Events = events;
        Scenario = scenario;
        Texts = texts;
    }

    /// <summary>To write: the events and the table whose ids they are written with.</summary>
    public static ForkEvents Of(ImmutableArray<ScenarioEvent> events, Scenario scenario) => new(events, scenario, []);

    /// <summary>As read: each event's JSON text.</summary>
    public static ForkEvents Read(IReadOnlyList<string> texts) => new([], null, texts);

    public ImmutableArray<ScenarioEvent> Events { get; }
    public Scenario? Scenario { get; }
    public IReadOnlyList<string> Texts { get; }
}

internal sealed class ForkEventsConverter : JsonConverter<ForkEvents>
{
    public override void Write(Utf8JsonWriter writer, ForkEvents value, JsonSerializerOptions options)
    {
        var json = new JsonFormatWriter(writer);
        json.StartList();
        foreach (var evt in value.Events) EventBlock.Write(json, evt, value.Scenario!);
        json.EndList();
    }

    public override ForkEvents Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("expected an array of events");
        var texts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            texts.Add(element.RootElement.GetRawText());
        }
        return ForkEvents.Read(texts);
    }
}
