using System.Text.Json;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>A standards club as JSON: its issue, its standard and who is in.</summary>
public static class ClubJson
{
    public static void Write(Utf8JsonWriter writer, Scenario scenario, Club club)
    {
        writer.WriteStartObject();
        WriteFields(writer, scenario, club);
        writer.WriteEndObject();
    }

    public static void WriteFields(Utf8JsonWriter writer, Scenario scenario, Club club)
    {
        var issue = scenario.Issues[club.Issue];
        writer.WriteString("issue", issue.Id);
        writer.WriteString("standard", issue.Options[club.Option].Id);
        writer.WriteNumber("formedRound", club.FormedRound);
        writer.WriteStartArray("members");
        foreach (var c in club.Members) writer.WriteStringValue(scenario.Countries[c].Id);
        writer.WriteEndArray();
    }
}
