using System.Text.Json;

namespace TechPact.Scenarios.Transcripts;

/// <summary>One parsed line of a transcript and typed access to its fields, every failure
/// reported against the file and the line.</summary>
internal sealed class JsonLine(string file, int number, JsonElement root)
{
    public int Number { get; } = number;
    public JsonElement Root { get; } = root;

    public string Type => String(Root, "type");
    public int Round => Int(Root, "round", minimum: 0);

    public JsonElement Get(JsonElement obj, string name, JsonValueKind kind)
    {
        if (!obj.TryGetProperty(name, out var value)) throw Error($"missing '{name}'");
        var matches = value.ValueKind == kind || (kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False);
        return matches ? value : throw Error($"'{name}' must be {Describe(kind)}, not {Describe(value.ValueKind)}");
    }

    public string String(JsonElement obj, string name) => Get(obj, name, JsonValueKind.String).GetString()!;

    public bool Bool(JsonElement obj, string name) => Get(obj, name, JsonValueKind.True).GetBoolean();

    /// <summary>Exact: the writer prints the shortest text that round-trips, and this parses it back.</summary>
    public double Double(JsonElement obj, string name) =>
        Get(obj, name, JsonValueKind.Number).TryGetDouble(out var value) && double.IsFinite(value)
            ? value : throw Error($"'{name}' is not a finite number");

    public long Long(JsonElement obj, string name) =>
        Get(obj, name, JsonValueKind.Number).TryGetInt64(out var value) ? value : throw Error($"'{name}' must be a whole number");

    public int Int(JsonElement obj, string name, int minimum = int.MinValue) =>
        Get(obj, name, JsonValueKind.Number).TryGetInt32(out var value) && value >= minimum
            ? value : throw Error($"'{name}' must be a whole number{(minimum > int.MinValue ? $" ≥ {minimum}" : "")}");

    public TranscriptFormatException Error(string message) => new(file, Number, message);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "null",
    };
}
