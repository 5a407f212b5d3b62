using System.Text.RegularExpressions;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Yaml;

namespace TechPact.Scenarios.Loading.Model;

/// <summary>Maps the document's top-level mapping onto the engine's <see cref="Scenario"/>.</summary>
internal static partial class ScenarioReader
{
    private static readonly string[] Keys = ["id", "title", "description", "seed", "max-rounds", "protocol", "noise", "issues", "countries"];
    private static readonly string[] Required = ["id", "title", "issues", "countries"];

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex ScenarioId();

    /// <summary>The scenario, or null when anything was reported as an error.</summary>
    public static Scenario? Read(YamlNode root, DiagnosticBag diagnostics)
    {
        var values = new Values(diagnostics);
        if (root is not YamlMap map)
        {
            diagnostics.Error(root.Start,
                $"a scenario file must be a mapping (id:, title:, issues:, countries:), found {Describe.Node(root)}");
            return null;
        }
        var top = KeyedMapping.Of(map);
        top.Check("scenario", Keys, Required, diagnostics);

        var id = values.Text(top["id"], "scenario id");
        if (id is not null && !ScenarioId().IsMatch(id))
            diagnostics.Error(top["id"]!.Start, $"scenario id {Describe.Quoted(id)} is not valid; expected lowercase letters, digits and '-'");
        var title = values.Text(top["title"], "title");
        values.Text(top["description"], "description");
        var rules = RulesReader.Read(top, values);
        var agenda = IssuesReader.Read(top["issues"], values);
        var countries = CountriesReader.Read(top["countries"], agenda, values);

        if (diagnostics.HasErrors) return null;
        return new Scenario(id!, title!, [.. agenda.Issues], [.. countries], rules);
    }
}
