using System.Text.Json;
using TechPact.Negotiation.Linkage;

namespace TechPact.Scenarios.Reports;

/// <summary>The concession ledger as JSON, shared by the transcript and result.json.</summary>
public static class LedgerJson
{
    public static void WriteEntry(Utf8JsonWriter writer, LedgerEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteNumber("round", entry.Round);
        writer.WriteString("giver", entry.Giver);
        writer.WriteString("issue", entry.Issue);
        writer.WriteString("option", entry.Option);
        writer.WriteString("receiver", entry.Receiver);
        writer.WriteString("forIssue", entry.ForIssue);
        writer.WriteString("forOption", entry.ForOption);
        writer.WriteNumber("utilityGiven", entry.UtilityGiven);
        writer.WriteNumber("utilityGained", entry.UtilityGained);
        writer.WriteString("reason", entry.Reason);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, IEnumerable<LedgerEntry> ledger)
    {
        writer.WriteStartArray();
        foreach (var entry in ledger) WriteEntry(writer, entry);
        writer.WriteEndArray();
    }
}
