using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>The one way files are written as JSON: the source-generated contract
/// (<see cref="ReportJsonContext"/>) onto a writer that keeps non-ASCII readable, compact (a transcript
/// line) or indented by two spaces with "\n" (result.json, sweep.json, tournament.json). Doubles are
/// written in the shortest form that reads back as the same double; same value, same bytes.</summary>
internal static class ReportJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions Compact = new() { Encoder = Encoder };
    private static readonly JsonWriterOptions Indented = new() { Encoder = Encoder, Indented = true, NewLine = "\n" };

    /// <summary>The contract, with the options it was generated with and the relaxed encoder.</summary>
    public static ReportJsonContext Contract { get; } = new(new JsonSerializerOptions
    {
        Encoder = Encoder,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>The contract for reading a transcript: a field that is not optional must be there and
    /// not null, a key may not come twice, and <c>type</c> may stand anywhere in the line.</summary>
    public static ReportJsonContext Reading { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        AllowOutOfOrderMetadataProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        MaxDepth = Limits.InputLimits.MaxNestingDepth,
    });

    /// <summary>One value as a compact line (no line break).</summary>
    public static string Line<T>(T value, JsonTypeInfo<T> type) => Write(value, type, Compact);

    /// <summary>One value as a file: indented, ending in a line break.</summary>
    public static string File<T>(T value, JsonTypeInfo<T> type) => Write(value, type, Indented) + "\n";

    private static string Write<T>(T value, JsonTypeInfo<T> type, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options)) JsonSerializer.Serialize(writer, value, type);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
