using System.Text.Json;

namespace TechPact.Host.Web.Api;

/// <summary>A request's JSON object, read field by field so that a malformed body gets a 400 naming the
/// field and what it must be ("countries[0].strategy is required: …"), never a 500 from a null deep in a
/// handler. The first problem is kept (<see cref="Problem"/>); getters return a default after it.</summary>
public sealed class JsonBody
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly JsonElement _object;
    private readonly string _path;
    private readonly Problems _problems;

    private JsonBody(JsonElement element, string path, Problems problems) => (_object, _path, _problems) = (element, path, problems);

    /// <summary>The first thing wrong with the body, or null.</summary>
    public string? Problem => _problems.First;

    /// <summary>Reads the body as one JSON object (depth-limited). An empty body is an empty object when <paramref name="emptyIsObject"/>.</summary>
    public static async Task<JsonBody> ReadAsync(HttpRequest request, string example, bool emptyIsObject = false)
    {
        var problems = new Problems();
        if (emptyIsObject && request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0) return new JsonBody(EmptyObject, "", problems);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = InputLimits.MaxNestingDepth },
                request.HttpContext.RequestAborted);
            var root = document.RootElement.Clone();
            if (root.ValueKind == JsonValueKind.Object) return new JsonBody(root, "", problems);
            problems.Add($"The body must be a JSON object, like {example}; got {Kind(root)}.");
        }
        catch (JsonException e)
        {
            problems.Add($"The body is not JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}): send an object like {example}.");
        }
        return new JsonBody(EmptyObject, "", problems);
    }

    public bool Has(string name) => _object.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string field; null when absent (a problem when <paramref name="required"/>) or not a string.</summary>
    public string? String(string name, string what, bool required = false, int maxLength = 10_000)
    {
        if (!Field(name, what, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.String) return Wrong<string>(name, what, value);
        var text = value.GetString()!;
        if (text.Length > maxLength) return Wrong<string>(name, $"{what}, at most {maxLength} characters", value);
        return text;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null when absent (a problem when <paramref name="required"/>).</summary>
    public long? Integer(string name, string what, long min, long max, bool required = false)
    {
        if (!Field(name, what, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var n) || n < min || n > max)
            return Wrong<long?>(name, $"{what}: a whole number from {min} to {max}", value);
        return n;
    }

    public bool? Boolean(string name, string what, bool required = false)
    {
        if (!Field(name, what, required, out var value)) return null;
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return Wrong<bool?>(name, $"{what}: true or false", value);
        return value.GetBoolean();
    }

    /// <summary>Each element of an array of objects, as a body of its own whose problems name "name[i].field".</summary>
    public IReadOnlyList<JsonBody> Objects(string name, string what, int maxItems, bool required = false)
    {
        if (!Field(name, what, required, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array) return Wrong<IReadOnlyList<JsonBody>>(name, $"a list of {what}", value) ?? [];
        if (value.GetArrayLength() > maxItems) return Wrong<IReadOnlyList<JsonBody>>(name, $"a list of at most {maxItems} {what}", value) ?? [];
        var items = new List<JsonBody>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{Path(name)}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object) _problems.Add($"'{path}' must be {what} (a JSON object); got {Kind(item)}.");
            else items.Add(new JsonBody(item, path, _problems));
        }
        return items;
    }

    /// <summary>An array of strings, each at most <paramref name="maxLength"/> characters.</summary>
    public IReadOnlyList<string> Strings(string name, string what, int maxItems, int maxLength)
    {
        if (!Field(name, what, required: false, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > maxItems)
            return Wrong<IReadOnlyList<string>>(name, $"a list of at most {maxItems} {what}", value) ?? [];
        var items = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{Path(name)}[{i++}]";
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Length > maxLength)
                _problems.Add($"'{path}' must be one of {what} (a string of at most {maxLength} characters); got {Kind(item)}.");
            else items.Add(item.GetString()!);
        }
        return items;
    }

    private bool Field(string name, string what, bool required, out JsonElement value)
    {
        if (_object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) _problems.Add($"'{Path(name)}' is required: {what}.");
        return false;
    }

    private T? Wrong<T>(string name, string what, JsonElement value)
    {
        _problems.Add($"'{Path(name)}' must be {what}; got {Kind(value)}.");
        return default;
    }

    private string Path(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    /// <summary>What was sent, short and printable: the value itself when it is small, else its kind.</summary>
    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Null => "null",
        _ when value.GetRawText() is { Length: <= 40 } raw => TextRules.Visible(raw),
        JsonValueKind.String => "a long string",
        _ => "a long value",
    };

    private sealed class Problems
    {
        public string? First { get; private set; }

        public void Add(string problem) => First ??= problem;
    }
}
