namespace TechPact.Scenarios.Writing;

/// <summary>The scenario format in JSON, onto a <see cref="Utf8JsonWriter"/> (whose options decide the
/// layout and escaping): the events of a transcript's summit-forked line.</summary>
internal sealed class JsonFormatWriter(Utf8JsonWriter writer) : FormatWriter
{
    public override void StartMap(bool flow = false) => writer.WriteStartObject();
    public override void EndMap() => writer.WriteEndObject();
    public override void StartList(bool flow = false) => writer.WriteStartArray();
    public override void EndList() => writer.WriteEndArray();
    public override void Key(string key) => writer.WritePropertyName(key);
    public override void Text(string value) => writer.WriteStringValue(value);
    public override void Number(double value) => writer.WriteNumberValue(value);
    public override void Integer(long value) => writer.WriteNumberValue(value);
    public override void Boolean(bool value) => writer.WriteBooleanValue(value);
}
