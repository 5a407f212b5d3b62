using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace TechPact.Scenarios.Transcripts;

/// <summary>One line of a transcript, read through the files' JSON contract into its
/// <see cref="TranscriptLine"/>, every failure reported against the file and the line.</summary>
internal sealed partial class JsonLine
{
    private readonly string _file;

    private JsonLine(string file, int number, TranscriptLine value, string type)
    {
        _file = file;
        Number = number;
        Value = value;
        Type = type;
    }

    public int Number { get; }
    public TranscriptLine Value { get; }

    /// <summary>The line's <c>type</c>, as the contract names it.</summary>
    public string Type { get; }

    public static JsonLine Parse(string file, int number, string text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = Limits.InputLimits.MaxNestingDepth });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, number, $"not JSON ({e.Message})");
        }
        if (root.ValueKind != JsonValueKind.Object) throw new TranscriptFormatException(file, number, "each line must be a JSON object");
        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            throw new TranscriptFormatException(file, number, "missing 'type' (a string naming what the line records)");
        var type = typeElement.GetString()!;
        if (!TranscriptLines.ByName.ContainsKey(type)) throw new TranscriptFormatException(file, number, $"unknown line type '{type}'");
        try
        {
            var line = root.Deserialize(ReportJson.Reading.TranscriptLine)!;
            if (line.Round < 0) throw new TranscriptFormatException(file, number, "'round' must be a whole number ≥ 0");
            return new JsonLine(file, number, line, type);
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, number, Readable(e, TranscriptLines.ByName[type]));
        }
    }

    public TranscriptFormatException Error(string message) => new(_file, Number, message);

    /// <summary>A number the engine can use: finite, and at least <paramref name="minimum"/>.</summary>
    public double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw Error($"'{name}' is not a finite number");

    public int AtLeast(int value, int minimum, string name) =>
        value >= minimum ? value : throw Error($"'{name}' must be a whole number ≥ {minimum}");

    /// <summary>The contract's complaint in the file's terms: which field, and what it must be (the
    /// contract's own type for that field).</summary>
    private static string Readable(JsonException e, Type lineType)
    {
        var path = Segments(e.Path ?? "$").ToList();
        var at = path.Count == 0 ? "the line" : $"'{string.Join('.', path)}'";
        if (MissingFields().Match(e.Message) is { Success: true } missing) return $"missing {missing.Groups[1].Value}";
        if (e.Message.Contains("Duplicate property", StringComparison.Ordinal)) return $"{at} is given twice";
        if (e.Message.Contains("allow null", StringComparison.Ordinal)) return $"{at} may not be null";
        return $"{at} must be {Expected(lineType, path)}";
    }

    /// <summary>The type the contract has at <paramref name="path"/>, in words.</summary>
    private static string Expected(Type type, IEnumerable<string> path)
    {
        foreach (var segment in path)
        {
            if (ReportJson.Reading.GetTypeInfo(type) is not { } info) break;
            type = info.Kind == JsonTypeInfoKind.Object
                ? info.Properties.FirstOrDefault(p => p.Name == segment)?.PropertyType ?? typeof(object)
                : info.ElementType ?? typeof(object);
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double)) return "a number";
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        return ReportJson.Reading.GetTypeInfo(type)?.Kind == JsonTypeInfoKind.Enumerable ? "an array" : "an object";
    }

    /// <summary>"$.commitments['data-flows'][0]" as commitments, data-flows, 0.</summary>
    private static IEnumerable<string> Segments(string path) =>
        PathSegment().Matches(path).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);

    [GeneratedRegex("missing required properties including: (.+)\\.")]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"\.([^.\[]+)|\['([^']*)'\]|\[(\d+)\]")]
    private static partial Regex PathSegment();
}
