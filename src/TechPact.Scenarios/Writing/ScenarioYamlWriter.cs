using TechPact.Negotiation.Negotiators.Strategies;
using System.Text;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Opponents;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using static TechPact.Scenarios.Writing.YamlScalars;

namespace TechPact.Scenarios.Writing;

/// <summary>Writes a scenario in the documented YAML format, in a fixed order, so that loading
/// the output gives the same scenario back.</summary>
/// <remarks>Profiles hold normalised weights and values, so those are what is written; loading
/// normalises them again, which leaves them as they are (up to the last bit of a weight sum).
/// Tracks and events, which the engine holds as indices, are written with ids.</remarks>
public static class ScenarioYamlWriter
{
    public static string Write(Scenario scenario, string? headerComment = null)
    {
        var yaml = new StringBuilder();
        WriteHeader(yaml, headerComment);
        yaml.Append("id: ").Append(Text(scenario.Id)).Append('\n');
        yaml.Append("title: ").Append(Text(scenario.Title)).Append('\n');
        if (scenario.Description.Length > 0) yaml.Append("description: ").Append(Text(scenario.Description)).Append('\n');
        yaml.Append("seed: ").Append(Integer(scenario.Rules.Seed)).Append('\n');
        yaml.Append("max-rounds: ").Append(Integer(scenario.Rules.MaxRounds)).Append('\n');
        yaml.Append("protocol: ").Append(Text(scenario.Rules.Protocol)).Append('\n');
        yaml.Append("noise: ").Append(Number(scenario.Rules.Noise)).Append('\n');
        if (scenario.Logrolling) yaml.Append("logrolling: true\n");
        if (scenario.ClubThreshold > 0) yaml.Append("club-threshold: ").Append(Integer(scenario.ClubThreshold)).Append('\n');

        yaml.Append("\nissues:\n");
        foreach (var issue in scenario.Issues) WriteIssue(yaml, issue);

        yaml.Append("\ncountries:\n");
        foreach (var country in scenario.Countries) WriteCountry(yaml, country, scenario.Issues, "  - ", "    ");
        ScenarioTimelineWriter.WriteTracks(yaml, scenario);
        ScenarioTimelineWriter.WriteEvents(yaml, scenario);
        return yaml.ToString();
    }

    private static void WriteHeader(StringBuilder yaml, string? headerComment)
    {
        if (headerComment is null) return;
        foreach (var line in headerComment.ReplaceLineEndings("\n").Split('\n'))
            yaml.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
    }

    private static void WriteIssue(StringBuilder yaml, Issue issue)
    {
        yaml.Append("  - id: ").Append(Text(issue.Id)).Append('\n');
        yaml.Append("    title: ").Append(Text(issue.Title)).Append('\n');
        if (issue.Areas.Length > 0)
            yaml.Append("    areas: [").AppendJoin(", ", issue.Areas.Select(Text)).Append("]\n");
        yaml.Append("    options:\n");
        foreach (var option in issue.Options)
        {
            yaml.Append("      - id: ").Append(Text(option.Id)).Append('\n');
            yaml.Append("        label: ").Append(Text(option.Label)).Append('\n');
            yaml.Append("        standard: ").Append(Text(option.Standard)).Append('\n');
        }
    }

    /// <param name="first">What precedes "id:": "  - " for an item of countries, spaces for the
    /// mapping of a party joining through an event.</param>
    /// <param name="inner">The indentation of the other keys.</param>
    internal static void WriteCountry(StringBuilder yaml, CountryProfile country, IReadOnlyList<Issue> issues, string first, string inner)
    {
        yaml.Append(first).Append("id: ").Append(Text(country.Id)).Append('\n');
        yaml.Append(inner).Append("name: ").Append(Text(country.Name)).Append('\n');
        if (country.Strengths.Count > 0)
            yaml.Append(inner).Append("strengths: ").Append(FlowMap(country.Strengths.Select(s => (s.Key, Number(s.Value))))).Append('\n');
        yaml.Append(inner).Append("priorities: ")
            .Append(FlowMap(issues.Select((issue, i) => (issue.Id, Number(country.Weights[i]))))).Append('\n');
        yaml.Append(inner).Append("positions:\n");
        for (var i = 0; i < issues.Count; i++)
            yaml.Append(inner).Append("  ").Append(Text(issues[i].Id)).Append(": ")
                .Append(FlowMap(issues[i].Options.Select((option, o) => (option.Id, Number(country.Values[i][o]))))).Append('\n');
        WriteRedLines(yaml, country, issues, inner);
        yaml.Append(inner).Append("reservation: ").Append(Number(country.Reservation)).Append('\n');
        if (country.Discount < 1) yaml.Append(inner).Append("discount: ").Append(Number(country.Discount)).Append('\n');
        yaml.Append(inner).Append("strategy: ").Append(Strategy(country.Strategy)).Append('\n');
    }

    private static void WriteRedLines(StringBuilder yaml, CountryProfile country, IReadOnlyList<Issue> issues, string inner)
    {
        var entries = issues
            .Select((issue, i) => (issue, lines: country.RedLines[i]))
            .Where(e => !e.lines.IsEmpty)
            .Select(e => (e.issue.Id, "[" + string.Join(", ", e.lines.Members().Select(o => Text(e.issue.Options[o].Id))) + "]"))
            .ToList();
        if (entries.Count > 0) yaml.Append(inner).Append("red-lines: ").Append(FlowMap(entries)).Append('\n');
    }

    private static string Strategy(StrategySpec strategy)
    {
        if (StrategyCatalog.TryGet(strategy.Name, out var standard) && standard == strategy) return Text(strategy.Name);
        var parts = new List<string> { $"name: {Text(strategy.Name)}", $"exponent: {Number(strategy.Exponent)}" };
        if (strategy.Acceptance != AcceptanceSpec.Next)
            parts.Add(strategy.Acceptance.Time == AcceptanceSpec.DefaultTime
                ? $"acceptance: {Text(strategy.Acceptance.Name)}"
                : $"acceptance: {{ name: {Text(strategy.Acceptance.Name)}, time: {Number(strategy.Acceptance.Time)} }}");
        if (strategy.OpponentModel != OpponentModels.Frequency) parts.Add($"opponent-model: {Text(strategy.OpponentModel)}");
        return "{ " + string.Join(", ", parts) + " }";
    }

    internal static string FlowMap(IEnumerable<(string Key, string Value)> entries) =>
        "{ " + string.Join(", ", entries.Select(e => $"{Text(e.Key)}: {e.Value}")) + " }";
}
