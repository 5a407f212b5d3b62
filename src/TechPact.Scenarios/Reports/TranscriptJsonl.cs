using System.Text;
using System.Text.Json;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>transcript.jsonl: one event per line, <c>type</c> first, everything named by id
/// (issues, options, countries) rather than by index, so a line reads on its own.</summary>
public static class TranscriptJsonl
{
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript)
    {
        var text = new StringBuilder();
        foreach (var e in transcript)
            text.Append(JsonText.Write(writer => WriteEvent(writer, scenario, e))).Append('\n');
        return text.ToString();
    }

    private static void WriteEvent(Utf8JsonWriter writer, Scenario scenario, TranscriptEvent e)
    {
        writer.WriteStartObject();
        switch (e)
        {
            case SummitOpened opened:
                Head(writer, "summit-opened", opened.Round);
                writer.WriteString("scenario", opened.Scenario);
                writer.WriteNumber("seed", opened.Seed);
                writer.WriteNumber("maxRounds", opened.MaxRounds);
                writer.WriteString("protocol", opened.Protocol);
                writer.WritePropertyName("draft");
                JsonText.WritePackage(writer, scenario, opened.Draft, includeOpen: true);
                break;
            case CountryAnswered answered:
                Head(writer, "country-answered", answered.Round);
                WriteMove(writer, scenario, answered.Move);
                break;
            case DraftRevised revised:
                Head(writer, "draft-revised", revised.Round);
                writer.WritePropertyName("draft");
                JsonText.WritePackage(writer, scenario, revised.Draft, includeOpen: true);
                writer.WriteStartArray("converged");
                for (var i = 0; i < scenario.Issues.Length; i++)
                    if (revised.Converged[i]) writer.WriteStringValue(scenario.Issues[i].Id);
                writer.WriteEndArray();
                break;
            case SummitConcluded concluded:
                Head(writer, "summit-concluded", concluded.Round);
                writer.WriteString("status", RunOutcome.StatusName(concluded.Status));
                writer.WritePropertyName("agreement");
                JsonText.WritePackage(writer, scenario, concluded.Agreement, includeOpen: false);
                writer.WritePropertyName("utilities");
                JsonText.WriteByCountry(writer, scenario, concluded.Utilities);
                break;
            default:
                throw new NotSupportedException($"No transcript line for {e.GetType().Name}.");
        }
        writer.WriteEndObject();
    }

    private static void Head(Utf8JsonWriter writer, string type, int round)
    {
        writer.WriteString("type", type);
        writer.WriteNumber("round", round);
    }

    private static void WriteMove(Utf8JsonWriter writer, Scenario scenario, CountryMove move)
    {
        writer.WriteString("country", move.Country);
        writer.WriteBoolean("accepts", move.Accepts);
        writer.WriteNumber("draftUtility", move.DraftUtility);
        writer.WriteNumber("aspiration", move.Aspiration);
        writer.WriteStartObject("commitments");
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            writer.WriteStartArray(issue.Id);
            foreach (var o in move.Commitments[i].Members()) writer.WriteStringValue(issue.Options[o].Id);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteStartObject("amendments");
        for (var i = 0; i < scenario.Issues.Length; i++)
            if (move.Amendments[i] != Package.Open)
                writer.WriteString(scenario.Issues[i].Id, scenario.Issues[i].Options[move.Amendments[i]].Id);
        writer.WriteEndObject();
        writer.WriteNumber("concessions", move.Concessions);
    }
}
