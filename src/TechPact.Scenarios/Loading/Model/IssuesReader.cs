namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads the <c>issues</c> list and each issue's option ladder.</summary>
internal static class IssuesReader
{
    private const int MaxIssues = ScenarioFormat.MaxIssues;

    public static Agenda Read(YamlNode? node, Values values)
    {
        var issues = new List<Issue>();
        if (values.List(node, "issues") is not { } list) return new Agenda(issues, isResolvable: false);
        if (list.Items.Count == 0)
            values.Diagnostics.Error(list.Start, $"issues is empty; expected 1 to {MaxIssues} issues");
        if (list.Items.Count > MaxIssues)
            values.Diagnostics.Error(list.Items[MaxIssues].Start, $"{list.Items.Count} issues; at most {MaxIssues} are allowed");

        var firstSeen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (values.Map(list.Items[i], $"issue #{i + 1}") is not { } map) continue;
            var fields = KeyedMapping.Of(map);
            var id = values.Id(fields["id"], $"id of issue #{i + 1}");
            var context = id is null ? $"issue #{i + 1}" : $"issue '{id}'";
            fields.Check(context, ScenarioFormat.Issue.Keys, ScenarioFormat.Issue.RequiredKeys, values.Diagnostics);

            var title = values.Name(fields["title"], $"title of {context}");
            var areas = ReadAreas(fields["areas"], context, values);
            var options = ReadOptions(fields["options"], context, values);
            if (id is null) continue;
            if (firstSeen.TryGetValue(id, out var first))
            {
                values.Diagnostics.Error(fields["id"]!.Start, $"duplicate issue id '{id}'; first defined at {first}");
                continue;
            }
            firstSeen.Add(id, fields["id"]!.Start);
            issues.Add(new Issue(id, title ?? "", areas, options));
        }
        return new Agenda(issues) { IssuePositions = firstSeen };
    }

    private static ImmutableArray<string> ReadAreas(YamlNode? node, string context, Values values)
    {
        if (values.List(node, $"areas of {context}") is not { } list) return [];
        return [.. list.Items.Select(item => values.Id(item, $"area of {context}")).OfType<string>()];
    }

    private static ImmutableArray<Option> ReadOptions(YamlNode? node, string context, Values values)
    {
        if (values.List(node, $"options of {context}") is not { } list) return [];
        if (list.Items.Count < 2)
            values.Diagnostics.Error(list.Start, $"{context} has {list.Items.Count} option(s); expected 2 to {Issue.MaxOptions}");
        if (list.Items.Count > Issue.MaxOptions)
            values.Diagnostics.Error(list.Items[Issue.MaxOptions].Start,
                $"{context} has {list.Items.Count} options; at most {Issue.MaxOptions} fit in an option set");

        var options = ImmutableArray.CreateBuilder<Option>();
        var firstSeen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (values.Map(list.Items[i], $"option #{i + 1} of {context}") is not { } map) continue;
            var fields = KeyedMapping.Of(map);
            var id = values.Id(fields["id"], $"id of option #{i + 1} of {context}");
            var optionContext = id is null ? $"option #{i + 1} of {context}" : $"option '{id}' of {context}";
            fields.Check(optionContext, ScenarioFormat.Option.Keys, ScenarioFormat.Option.RequiredKeys, values.Diagnostics);
            var label = values.Name(fields["label"], $"label of {optionContext}");
            var standard = values.LongText(fields["standard"], $"standard of {optionContext}");
            if (id is null) continue;
            if (firstSeen.TryGetValue(id, out var first))
            {
                values.Diagnostics.Error(fields["id"]!.Start, $"duplicate option id '{id}' in {context}; first defined at {first}");
                continue;
            }
            firstSeen.Add(id, fields["id"]!.Start);
            options.Add(new Option(id, label ?? "", standard ?? ""));
        }
        return options.ToImmutable();
    }
}
