namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads a country's per-issue tables (priorities, positions, red lines) into arrays
/// in agenda order, reporting ids that do not exist and issues or options left out.</summary>
internal sealed class PreferencesReader(Agenda agenda, string country, Values values)
{
    private DiagnosticBag Diagnostics => values.Diagnostics;

    public double[] Priorities(YamlNode? node)
    {
        var weights = new double[agenda.Issues.Count];
        if (values.Map(node, $"priorities of {country}") is not { } map) return weights;
        var given = new bool[weights.Length];
        var keys = new YamlScalar[weights.Length];
        foreach (var (key, value) in KeyedMapping.DistinctEntries(map, $"priorities of {country}", Diagnostics))
        {
            var issue = IssueIndex(key);
            var weight = values.Number(value, NumberRange.Weight);
            if (issue < 0) continue;
            given[issue] = weight is not null;
            keys[issue] = key;
            weights[issue] = weight ?? 0;
        }
        for (var i = 0; i < weights.Length; i++)
            if (keys[i] is null) Diagnostics.Error(map.Start, $"missing priority for issue '{agenda.Issues[i].Id}' in {country}");
        if (weights.Length > 0 && given.All(g => g) && weights.All(w => w == 0))
            Diagnostics.Warning(map.Start, $"every priority of {country} is 0; its issues will count equally");
        // Judged only on a complete table: a missing or unreadable weight is the real mistake.
        if (given.All(g => g)) WarnIfOneIssueDominates(weights, keys);
        return weights;
    }

    /// <summary>Above this share one issue decides everything and the rest of the agenda is noise.</summary>
    public const double DominantShare = 0.9;

    private void WarnIfOneIssueDominates(double[] weights, YamlScalar[] keys)
    {
        var total = weights.Sum();
        if (weights.Length < 2 || total <= 0) return;
        for (var i = 0; i < weights.Length; i++)
            if (weights[i] / total > DominantShare && keys[i] is { } key)
                Diagnostics.Warning(key.Start,
                    $"issue '{agenda.Issues[i].Id}' carries {weights[i] / total:0.#%} of the priorities of {country}; " +
                    $"above {DominantShare:0%} the other issues hardly matter to it (did you mean to weigh them more?)");
    }

    public double[][] Positions(YamlNode? node)
    {
        var positions = agenda.Issues.Select(i => new double[i.Options.Length]).ToArray();
        if (values.Map(node, $"positions of {country}") is not { } map) return positions;
        var given = new bool[positions.Length];
        foreach (var (key, value) in KeyedMapping.DistinctEntries(map, $"positions of {country}", Diagnostics))
        {
            var issue = IssueIndex(key);
            if (issue < 0) continue;
            given[issue] = true;
            IssuePositions(agenda.Issues[issue], value, positions[issue]);
        }
        for (var i = 0; i < positions.Length; i++)
            if (!given[i]) Diagnostics.Error(map.Start, $"missing positions for issue '{agenda.Issues[i].Id}' in {country}");
        return positions;
    }

    private void IssuePositions(Issue issue, YamlNode node, double[] into)
    {
        var what = $"positions on issue '{issue.Id}' of {country}";
        if (values.Map(node, what) is not { } map) return;
        var given = new bool[into.Length];
        foreach (var (key, value) in KeyedMapping.DistinctEntries(map, what, Diagnostics))
        {
            var option = issue.IndexOf(key.Value);
            var number = values.Number(value, NumberRange.Unit);
            if (option < 0)
            {
                Diagnostics.Error(key.Start, () => Agenda.UnknownOption(issue, key.Value));
                continue;
            }
            given[option] = true;
            into[option] = number ?? 0;
        }
        for (var o = 0; o < into.Length; o++)
            if (!given[o]) Diagnostics.Error(map.Start, $"missing value for option '{issue.Options[o].Id}' of issue '{issue.Id}' in {country}");
        if (into.Length > 0 && given.All(g => g) && into.All(v => v == 0))
            Diagnostics.Warning(map.Start, $"{country} values every option of issue '{issue.Id}' at 0; it is indifferent on that issue");
    }

    public OptionSet[] RedLines(YamlNode? node)
    {
        var redLines = new OptionSet[agenda.Issues.Count];
        if (values.Map(node, $"red-lines of {country}") is not { } map) return redLines;
        foreach (var (key, value) in KeyedMapping.DistinctEntries(map, $"red-lines of {country}", Diagnostics))
        {
            var issueIndex = IssueIndex(key);
            var list = values.List(value, $"red-lines on issue {Describe.Quoted(key.Value)} of {country}");
            if (issueIndex < 0 || list is null) continue;
            var issue = agenda.Issues[issueIndex];
            foreach (var item in list.Items)
            {
                if (values.Text(item, $"red-line option of {country}") is not { } optionId) continue;
                var option = issue.IndexOf(optionId);
                if (option < 0) Diagnostics.Error(item.Start, () => Agenda.UnknownOption(issue, optionId));
                else redLines[issueIndex] = redLines[issueIndex].With(option);
            }
        }
        return redLines;
    }

    public Dictionary<string, double> Strengths(YamlNode? node)
    {
        var strengths = new Dictionary<string, double>(StringComparer.Ordinal);
        if (values.Map(node, $"strengths of {country}") is not { } map) return strengths;
        foreach (var (key, value) in KeyedMapping.DistinctEntries(map, $"strengths of {country}", Diagnostics))
        {
            if (TextRules.IdProblem(key.Value) is { } problem)
            {
                Diagnostics.Error(key.Start, $"area in strengths of {country} {problem}");
                continue;
            }
            if (values.Number(value, NumberRange.Unit) is { } strength) strengths[key.Value] = strength;
            if (agenda.IsResolvable && !agenda.Areas.Contains(key.Value)) Diagnostics.Warning(key.Start, agenda.UnusedArea(key.Value, country));
        }
        return strengths;
    }

    private int IssueIndex(YamlScalar key)
    {
        var index = agenda.IndexOf(key.Value);
        if (index < 0 && agenda.IsResolvable) Diagnostics.Error(key.Start, () => agenda.UnknownIssue(key.Value));
        return index;
    }
}
