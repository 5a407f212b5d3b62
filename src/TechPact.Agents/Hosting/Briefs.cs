namespace TechPact.Agents.Hosting;

/// <summary>Sums an agent needs on every turn, from its own brief only.</summary>
public static class Briefs
{
    /// <summary>This seat's utility of a package (issue id → option id; a missing or null issue counts 0).</summary>
    public static double Utility(this Brief brief, IReadOnlyDictionary<string, string?> package) =>
        brief.Issues.Sum(issue => package.TryGetValue(issue.Id, out var option) && option is not null
            ? issue.Weight * (issue.Options.FirstOrDefault(o => o.Id == option)?.Value ?? 0)
            : 0);

    /// <summary>What this seat has already committed to on an issue (it must list these again).</summary>
    public static IReadOnlyList<string> Mine(this TurnMessage turn, string issue) =>
        turn.Table.Countries.First(c => c.Id == turn.Country).Commitments.TryGetValue(issue, out var options) ? options : [];
}
