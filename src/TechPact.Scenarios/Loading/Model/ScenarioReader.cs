using System.Text.RegularExpressions;

namespace TechPact.Scenarios.Loading.Model;

/// <summary>Maps the document's top-level mapping onto the engine's <see cref="Scenario"/>.</summary>
internal static partial class ScenarioReader
{
    [GeneratedRegex(ScenarioFormat.IdPattern)]
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
        top.Check("scenario", ScenarioFormat.Scenario.Keys, ScenarioFormat.Scenario.RequiredKeys, diagnostics);

        var id = values.Text(top["id"], "scenario id");
        if (id is not null && (!ScenarioId().IsMatch(id) || id.Length > InputLimits.MaxIdLength))
        {
            diagnostics.Error(top["id"]!.Start, $"scenario id {Describe.Quoted(id)} is not valid; expected 1 to {InputLimits.MaxIdLength} lowercase letters, digits and '-'");
            id = null;
        }
        var title = values.Name(top["title"], "title");
        var description = values.LongText(top["description"], "description");
        var rules = RulesReader.Read(top, values);
        var logrolling = values.Boolean(top["logrolling"], "logrolling");
        if (logrolling == true && ProtocolCatalog.IsKnown(rules.Protocol) && !ProtocolCatalog.Create(rules.Protocol).HasMediator)
            diagnostics.Warning(top["logrolling"]!.Start,
                $"logrolling is brokered by a mediator, and protocol '{rules.Protocol}' has none: no trades will be made " +
                "(use single-negotiating-text or partial-consensus for linkage)");
        var agenda = IssuesReader.Read(top["issues"], values);
        var (countries, roster) = CountriesReader.Read(top["countries"], agenda, values);
        var tracks = TracksReader.Read(top["tracks"], agenda, roster, values);
        var events = EventsReader.Read(top["events"], agenda, roster, RulesReader.ReadableMaxRounds(top, values), values);
        var clubThreshold = ClubThreshold(top["club-threshold"], roster, values);

        if (diagnostics.HasErrors) return null;
        var scenario = new Scenario(id!, title!, [.. agenda.Issues], [.. countries], rules)
        {
            Description = description ?? "",
            Logrolling = logrolling ?? false,
            ClubThreshold = clubThreshold ?? 0,
            Tracks = tracks,
            Events = events,
        };
        SemanticChecks.Run(scenario, agenda, roster, top["countries"]!.Start, diagnostics);
        return diagnostics.HasErrors ? null : scenario;
    }

    /// <summary>0 (no clubs) or 2 up to every country that will sit at the table, joiners included.</summary>
    private static int? ClubThreshold(YamlNode? node, Roster roster, Values values)
    {
        if (values.Integer(node, IntegerRange.ClubThreshold) is not { } threshold) return null;
        var seats = roster.Ids.Count;
        if (threshold == 0 || (threshold >= 2 && (threshold <= seats || !roster.IsResolvable))) return (int)threshold;
        values.Diagnostics.Error(node!.Start, threshold == 1
            ? "club-threshold 1 would make every single commitment a club; expected 0 (no clubs) or 2 to " + seats
            : $"club-threshold {threshold} is more than the {seats} countries in the scenario; expected 0 (no clubs) or 2 to {seats}");
        return null;
    }
}
