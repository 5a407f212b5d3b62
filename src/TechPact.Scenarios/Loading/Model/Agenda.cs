namespace TechPact.Scenarios.Loading.Model;

/// <summary>The issues read so far, for resolving the issue and option ids countries refer to.</summary>
/// <param name="isResolvable">False when the issues section itself was unreadable: then every
/// reference to an issue would fail, and reporting each would bury the one real mistake.</param>
internal sealed class Agenda(IReadOnlyList<Issue> issues, bool isResolvable = true)
{
    public IReadOnlyList<Issue> Issues { get; } = issues;

    public bool IsResolvable { get; } = isResolvable;

    /// <summary>Where each issue id was defined, for checks that concern a whole issue.</summary>
    public IReadOnlyDictionary<string, SourcePosition> IssuePositions { get; init; } = new Dictionary<string, SourcePosition>();

    public SourcePosition PositionOf(int issue) =>
        IssuePositions.TryGetValue(Issues[issue].Id, out var at) ? at : SourcePosition.Start;

    public IReadOnlySet<string> Areas { get; } = issues.SelectMany(i => i.Areas).ToHashSet(StringComparer.Ordinal);

    public int IndexOf(string issueId)
    {
        for (var i = 0; i < Issues.Count; i++)
            if (Issues[i].Id == issueId) return i;
        return -1;
    }

    public string UnknownIssue(string found)
    {
        var ids = Issues.Select(i => i.Id).ToList();
        return $"issue {Describe.Quoted(found)} does not exist{DidYouMean.Hint(found, ids)} (issues: {Describe.List(ids)})";
    }

    public static string UnknownOption(Issue issue, string found)
    {
        var ids = issue.Options.Select(o => o.Id).ToList();
        return $"option {Describe.Quoted(found)} does not exist on issue '{issue.Id}'{DidYouMean.Hint(found, ids)} (options: {Describe.List(ids)})";
    }

    public string UnusedArea(string area, string context)
    {
        var known = Areas.Order(StringComparer.Ordinal).ToList();
        var listing = known.Count == 0 ? "no issue lists any areas" : "areas: " + Describe.List(known);
        return $"area {Describe.Quoted(area)} in strengths of {context} is not used by any issue{DidYouMean.Hint(area, known)} ({listing})";
    }
}
