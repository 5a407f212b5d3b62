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

        var ids = new UniqueIds("issue");
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (IdentifiedMapping.Read(list.Items[i], $"issue #{i + 1}", ScenarioFormat.Issue, values) is not (var fields, var id, var context)) continue;
            var title = values.Name(fields["title"], $"title of {context}");
            var areas = ReadAreas(fields["areas"], context, values);
            var options = ReadOptions(fields["options"], context, values);
            if (id is null || !ids.Add(id, fields["id"]!.Start, values.Diagnostics)) continue;
            issues.Add(new Issue(id, title ?? "", areas, options));
        }
        return new Agenda(issues) { IssuePositions = ids.Positions };
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
        var ids = new UniqueIds("option", $" in {context}");
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (IdentifiedMapping.Read(list.Items[i], $"option #{i + 1} of {context}", ScenarioFormat.Option, values, $" of {context}")
                is not (var fields, var id, var optionContext)) continue;
            var label = values.Name(fields["label"], $"label of {optionContext}");
            var standard = values.LongText(fields["standard"], $"standard of {optionContext}");
            if (id is null || !ids.Add(id, fields["id"]!.Start, values.Diagnostics)) continue;
            options.Add(new Option(id, label ?? "", standard ?? ""));
        }
        return options.ToImmutable();
    }
}
