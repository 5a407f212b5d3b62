using System.Xml.Linq;

namespace TechPact.Scenarios.Genius;

/// <summary>A GENIUS domain: its issues and their values, in file order.</summary>
internal sealed record GeniusDomain(string FileName, string ObjectiveName, IReadOnlyList<GeniusIssue> Issues)
{
    /// <summary>Reads <c>negotiation_template/utility_space/objective/issue/item</c>; returns null
    /// when the file is not a usable domain (the reasons are in the diagnostics).</summary>
    public static GeniusDomain? Read(GeniusXml xml, XDocument document)
    {
        var root = document.Root!;
        if (root.Name.LocalName is not ("negotiation_template" or "utility_space"))
        {
            xml.Error(root, $"expected a GENIUS domain (<negotiation_template>), found <{root.Name.LocalName}>");
            return null;
        }
        var objective = root.Descendants("objective").FirstOrDefault();
        if (objective is null)
        {
            xml.Error(root, "the domain has no <objective>");
            return null;
        }
        var issues = new List<GeniusIssue>();
        foreach (var element in objective.Descendants("issue"))
            if (GeniusIssue.Read(xml, element) is { } issue)
            {
                if (issues.Any(i => i.Name == issue.Name)) xml.Error(element, $"issue '{issue.Name}' appears twice");
                else issues.Add(issue);
            }
        if (issues.Count == 0) xml.Error(objective, "the domain has no issues");
        return new GeniusDomain(xml.FileName, objective.Attribute("name")?.Value ?? "", issues);
    }
}

/// <param name="Index">The issue's GENIUS index, which profile weights refer to.</param>
internal sealed record GeniusIssue(int Index, string Name, IReadOnlyList<string> Values)
{
    public const int MaxValues = Negotiation.Outcomes.Issue.MaxOptions;

    public static GeniusIssue? Read(GeniusXml xml, XElement element)
    {
        var name = element.Attribute("name")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            xml.Error(element, "an <issue> has no name");
            return null;
        }
        if (!xml.CheckName(element, "the name of an <issue>", name)) return null;
        var type = GeniusXml.IssueType(element);
        if (type != "discrete")
        {
            // Integer and real issues carry bounds and linear evaluators rather than listed values;
            // our engine needs listed options, and no shared domain uses them. Refuse plainly.
            xml.Error(element, $"issue '{name}' is of type '{type}': only discrete issues can be imported");
            return null;
        }
        if (!int.TryParse(element.Attribute("index")?.Value, out var index))
        {
            xml.Error(element, $"issue '{name}' has no integer 'index' attribute");
            return null;
        }
        var values = new List<string>();
        foreach (var item in element.Elements("item"))
        {
            var value = item.Attribute("value")?.Value;
            if (value is null) xml.Error(item, $"an <item> of issue '{name}' has no value");
            else if (!xml.CheckName(item, $"a value of issue '{name}'", value)) continue;
            else if (values.Contains(value)) xml.Error(item, $"issue '{name}' lists value '{value}' twice");
            else values.Add(value);
        }
        if (values.Count == 0) xml.Error(element, $"issue '{name}' has no values");
        if (values.Count > MaxValues) xml.Error(element, $"issue '{name}' has {values.Count} values; at most {MaxValues} are supported");
        return new GeniusIssue(index, name, values);
    }
}
