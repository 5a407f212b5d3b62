using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>The one way reports write JSON: compact, keys in the order the code writes them,
/// doubles in invariant shortest round-trip form (Utf8JsonWriter's own), non-ASCII kept
/// readable. Same input, same bytes.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options with { Indented = indented, NewLine = "\n" }))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>issue id → option id; open issues are omitted when <paramref name="includeOpen"/>
    /// is false and written as null otherwise.</summary>
    public static void WritePackage(Utf8JsonWriter writer, Scenario scenario, Package package, bool includeOpen)
    {
        writer.WriteStartObject();
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            if (package[i] != Package.Open) writer.WriteString(issue.Id, issue.Options[package[i]].Id);
            else if (includeOpen) writer.WriteNull(issue.Id);
        }
        writer.WriteEndObject();
    }

    /// <summary>country id → value, in scenario order; a party that joined after the values were taken has none.</summary>
    public static void WriteByCountry(Utf8JsonWriter writer, Scenario scenario, IReadOnlyList<double> values)
    {
        writer.WriteStartObject();
        for (var c = 0; c < scenario.Countries.Length && c < values.Count; c++) writer.WriteNumber(scenario.Countries[c].Id, values[c]);
        writer.WriteEndObject();
    }
}
