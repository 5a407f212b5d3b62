using System.Text;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using static TechPact.Scenarios.Writing.YamlScalars;

namespace TechPact.Scenarios.Writing;

/// <summary>Writes <c>tracks</c> and <c>events</c>, turning the engine's indices back into ids.</summary>
internal static class ScenarioTimelineWriter
{
    public static void WriteTracks(StringBuilder yaml, Scenario scenario)
    {
        if (scenario.Tracks.IsEmpty) return;
        yaml.Append("\ntracks:\n");
        foreach (var track in scenario.Tracks)
        {
            yaml.Append("  - id: ").Append(Text(track.Id)).Append('\n');
            yaml.Append("    title: ").Append(Text(track.Title)).Append('\n');
            yaml.Append("    countries: [").AppendJoin(", ", track.Countries.Select(c => Text(scenario.Countries[c].Id))).Append("]\n");
            yaml.Append("    issues: [").AppendJoin(", ", track.Issues.Select(i => Text(scenario.Issues[i].Id))).Append("]\n");
        }
    }

    public static void WriteEvents(StringBuilder yaml, Scenario scenario)
    {
        if (scenario.Events.IsEmpty) return;
        yaml.Append("\nevents:\n");
        foreach (var evt in scenario.Events)
        {
            yaml.Append("  - round: ").Append(Integer(evt.Round)).Append('\n');
            yaml.Append("    id: ").Append(Text(evt.Id)).Append('\n');
            yaml.Append("    title: ").Append(Text(evt.Title)).Append('\n');
            yaml.Append("    effects:\n");
            foreach (var effect in evt.Effects) WriteEffect(yaml, effect, scenario);
        }
    }

    private static void WriteEffect(StringBuilder yaml, EventEffect effect, Scenario scenario)
    {
        string IssueId(int i) => Text(scenario.Issues[i].Id);
        string OptionId(int i, int o) => Text(scenario.Issues[i].Options[o].Id);
        switch (effect)
        {
            case PartyJoins join:
                yaml.Append("      - join:\n");
                ScenarioYamlWriter.WriteCountry(yaml, join.Country, scenario.Issues, "          ", "          ");
                return;
            case PriorityChange e:
                Line(yaml, "priority", ("country", Text(e.Country)), ("issue", IssueId(e.Issue)), ("weight", Number(e.Weight)));
                return;
            case StrengthChange e:
                Line(yaml, "strength", ("country", Text(e.Country)), ("area", Text(e.Area)), ("value", Number(e.Strength)));
                return;
            case ReservationChange e:
                Line(yaml, "reservation", ("country", Text(e.Country)), ("value", Number(e.Reservation)));
                return;
            case RedLineAdded e:
                Line(yaml, "red-line", ("country", Text(e.Country)), ("issue", IssueId(e.Issue)), ("option", OptionId(e.Issue, e.Option)));
                return;
            case RedLineLifted e:
                Line(yaml, "lift-red-line", ("country", Text(e.Country)), ("issue", IssueId(e.Issue)), ("option", OptionId(e.Issue, e.Option)));
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name);
        }
    }

    private static void Line(StringBuilder yaml, string kind, params (string Key, string Value)[] fields) =>
        yaml.Append("      - ").Append(kind).Append(": ").Append(ScenarioYamlWriter.FlowMap(fields)).Append('\n');
}
