using System.Text.Encodings.Web;

namespace TechPact.Scenarios.Loading.Format;

/// <summary>Writes <see cref="ScenarioFormat"/> as a JSON Schema (draft 2020-12): the file in
/// schema/ that editors use for completion and checking. Deterministic, so a test can compare
/// the checked-in file with a fresh generation.</summary>
public static class JsonSchemaGenerator
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public static string Generate()
    {
        var definitions = new List<MappingShape>();
        Collect(ScenarioFormat.Scenario, definitions);
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Dialect);
            json.WriteString("title", "TechPact Orleans scenario");
            json.WriteString("$comment", "Generated from TechPact.Scenarios.Loading.Format.ScenarioFormat; do not edit by hand.");
            WriteMappingBody(json, ScenarioFormat.Scenario);
            json.WriteStartObject("$defs");
            foreach (var mapping in definitions.Where(d => d != ScenarioFormat.Scenario))
            {
                json.WriteStartObject(mapping.Name);
                WriteMappingBody(json, mapping);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Every mapping reachable from the root, in order of first appearance.</summary>
    private static void Collect(Shape shape, List<MappingShape> into)
    {
        switch (shape)
        {
            case MappingShape m when !into.Contains(m):
                into.Add(m);
                foreach (var field in m.Fields) Collect(field.Shape, into);
                break;
            case ListShape l: Collect(l.Items, into); break;
            case DictionaryShape d: Collect(d.Values, into); break;
            case AnyOfShape a: foreach (var alternative in a.Alternatives) Collect(alternative, into); break;
        }
    }

    private static void WriteMappingBody(Utf8JsonWriter json, MappingShape mapping)
    {
        json.WriteString("description", mapping.Description);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var field in mapping.Fields)
        {
            json.WritePropertyName(field.Key);
            Write(json, field.Shape);
        }
        json.WriteEndObject();
        if (mapping.RequiredKeys.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var key in mapping.RequiredKeys) json.WriteStringValue(key);
            json.WriteEndArray();
        }
        if (mapping.ExactlyOneKey)
        {
            json.WriteNumber("minProperties", 1);
            json.WriteNumber("maxProperties", 1);
        }
        json.WriteBoolean("additionalProperties", false);
    }

    private static void Write(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartObject();
        if (shape is MappingShape mapping)
        {
            json.WriteString("$ref", "#/$defs/" + mapping.Name);
            json.WriteEndObject();
            return;
        }
        json.WriteString("description", shape.Description);
        switch (shape)
        {
            case TextShape text:
                json.WriteString("type", "string");
                json.WriteNumber("minLength", 1);
                if (text.MaxLength is { } maxLength) json.WriteNumber("maxLength", maxLength);
                if (text.Pattern is not null) json.WriteString("pattern", text.Pattern);
                if (text.Choices is not null)
                {
                    json.WriteStartArray("enum");
                    foreach (var choice in text.Choices) json.WriteStringValue(choice);
                    json.WriteEndArray();
                }
                break;
            case NumberShape number:
                json.WriteString("type", "number");
                json.WriteNumber(number.MinExclusive ? "exclusiveMinimum" : "minimum", number.Min);
                if (number.Max < double.MaxValue) json.WriteNumber("maximum", number.Max);
                break;
            case IntegerShape integer:
                json.WriteString("type", "integer");
                if (integer.Min > long.MinValue) json.WriteNumber("minimum", integer.Min);
                if (integer.Max < long.MaxValue) json.WriteNumber("maximum", integer.Max);
                break;
            case BooleanShape:
                json.WriteString("type", "boolean");
                break;
            case ListShape list:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                Write(json, list.Items);
                if (list.MinItems > 0) json.WriteNumber("minItems", list.MinItems);
                if (list.MaxItems is { } max) json.WriteNumber("maxItems", max);
                break;
            case DictionaryShape dictionary:
                json.WriteString("type", "object");
                json.WritePropertyName("additionalProperties");
                Write(json, dictionary.Values);
                break;
            case AnyOfShape any:
                json.WriteStartArray("anyOf");
                foreach (var alternative in any.Alternatives) Write(json, alternative);
                json.WriteEndArray();
                break;
        }
        json.WriteEndObject();
    }
}
