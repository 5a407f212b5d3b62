namespace TechPact.Scenarios.Reports.Json;

/// <summary>The engine's indices as the ids files name them by, in scenario order, so a line or a file
/// reads on its own.</summary>
internal static class Ids
{
    /// <summary>issue id → option id; open issues are left out when <paramref name="includeOpen"/> is
    /// false and null otherwise.</summary>
    public static OrderedDictionary<string, string?> Package(Scenario scenario, Package package, bool includeOpen)
    {
        var ids = new OrderedDictionary<string, string?>();
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            if (package[i] != Negotiation.Outcomes.Package.Open) ids.Add(issue.Id, issue.Options[package[i]].Id);
            else if (includeOpen) ids.Add(issue.Id, null);
        }
        return ids;
    }

    /// <summary>country id → value, in table order; a party that joined after the values were taken has none.</summary>
    public static OrderedDictionary<string, double> ByCountry(Scenario scenario, IReadOnlyList<double> values)
    {
        var ids = new OrderedDictionary<string, double>();
        for (var c = 0; c < scenario.Countries.Length && c < values.Count; c++) ids.Add(scenario.Countries[c].Id, values[c]);
        return ids;
    }

    public static string[] Options(Issue issue, OptionSet options) => [.. options.Members().Select(o => issue.Options[o].Id)];

    public static ClubJson Club(Scenario scenario, Club club)
    {
        var issue = scenario.Issues[club.Issue];
        return new ClubJson(issue.Id, issue.Options[club.Option].Id, club.FormedRound, [.. club.Members.Select(c => scenario.Countries[c].Id)]);
    }
}

/// <summary>A standards club: its issue, its standard, the round it formed and who is in (in the order they joined).</summary>
internal sealed record ClubJson(string Issue, string Standard, int FormedRound, string[] Members);
