using System.Text.Json;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>The summit-forked line: the new rules and the added events, written in the scenario
/// file's event syntax (JSON being YAML's flow style), so TranscriptReader reads them back with
/// the same parser that reads <c>techpact fork --inject</c>.</summary>
internal static class ForkJson
{
    public static void WriteFields(Utf8JsonWriter writer, Scenario scenario, SummitForked forked)
    {
        writer.WriteNumber("parentSeed", forked.ParentSeed);
        writer.WriteNumber("seed", forked.Rules.Seed);
        writer.WriteNumber("maxRounds", forked.Rules.MaxRounds);
        writer.WriteNumber("noise", forked.Rules.Noise);
        writer.WriteStartArray("events");
        foreach (var e in forked.Events) WriteEvent(writer, scenario, e);
        writer.WriteEndArray();
    }

    public static void WriteEvent(Utf8JsonWriter writer, Scenario scenario, ScenarioEvent e)
    {
        writer.WriteStartObject();
        writer.WriteNumber("round", e.Round);
        writer.WriteString("id", e.Id);
        writer.WriteString("title", e.Title);
        writer.WriteStartArray("effects");
        foreach (var effect in e.Effects) WriteEffect(writer, scenario, effect);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEffect(Utf8JsonWriter writer, Scenario scenario, EventEffect effect)
    {
        writer.WriteStartObject();
        switch (effect)
        {
            case ReservationChange e:
                writer.WriteStartObject("reservation");
                writer.WriteString("country", e.Country);
                writer.WriteNumber("value", e.Reservation);
                break;
            case PriorityChange e:
                writer.WriteStartObject("priority");
                writer.WriteString("country", e.Country);
                writer.WriteString("issue", scenario.Issues[e.Issue].Id);
                writer.WriteNumber("weight", e.Weight);
                break;
            case StrengthChange e:
                writer.WriteStartObject("strength");
                writer.WriteString("country", e.Country);
                writer.WriteString("area", e.Area);
                writer.WriteNumber("value", e.Strength);
                break;
            case RedLineAdded e:
                WriteOptionEffect(writer, scenario, "red-line", e.Country, e.Issue, e.Option);
                break;
            case RedLineLifted e:
                WriteOptionEffect(writer, scenario, "lift-red-line", e.Country, e.Issue, e.Option);
                break;
            case PartyJoins e:
                // A whole profile has no inject syntax yet; the id says who, and the reader refuses it.
                writer.WriteStartObject("party-joins");
                writer.WriteString("country", e.Country.Id);
                break;
            default:
                throw new NotSupportedException($"No transcript form for the effect {effect.GetType().Name}.");
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteOptionEffect(Utf8JsonWriter writer, Scenario scenario, string name, string country, int issue, int option)
    {
        writer.WriteStartObject(name);
        writer.WriteString("country", country);
        writer.WriteString("issue", scenario.Issues[issue].Id);
        writer.WriteString("option", scenario.Issues[issue].Options[option].Id);
    }
}
