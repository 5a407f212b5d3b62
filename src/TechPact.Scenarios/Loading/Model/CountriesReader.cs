using TechPact.Negotiation.Preferences;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Yaml;

namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads the <c>countries</c> list into profiles bound to the agenda.</summary>
internal static class CountriesReader
{
    private static readonly string[] Keys = ["id", "name", "strengths", "priorities", "positions", "red-lines", "reservation", "strategy"];
    private static readonly string[] Required = ["id", "name", "priorities", "positions", "reservation"];

    public static List<CountryProfile> Read(YamlNode? node, Agenda agenda, Values values)
    {
        var countries = new List<CountryProfile>();
        if (values.List(node, "countries") is not { } list) return countries;
        if (list.Items.Count < 2)
            values.Diagnostics.Error(list.Start, $"countries has {list.Items.Count}; expected at least 2 countries");

        var firstSeen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (values.Map(list.Items[i], $"country #{i + 1}") is not { } map) continue;
            var fields = KeyedMapping.Of(map);
            var id = values.Text(fields["id"], $"id of country #{i + 1}");
            var context = id is null ? $"country #{i + 1}" : $"country '{id}'";
            fields.Check(context, Keys, Required, values.Diagnostics);
            var profile = ReadProfile(fields, id ?? "", context, agenda, values);
            if (id is null) continue;
            var at = fields["id"]!.Start;
            if (firstSeen.TryGetValue(id, out var first))
            {
                values.Diagnostics.Error(at, $"duplicate country id '{id}'; first defined at {first}");
                continue;
            }
            WarnIfOnlyCaseDiffers(id, at, firstSeen, values.Diagnostics);
            firstSeen.Add(id, at);
            countries.Add(profile);
        }
        return countries;
    }

    private static CountryProfile ReadProfile(KeyedMapping fields, string id, string context, Agenda agenda, Values values)
    {
        var name = values.Text(fields["name"], $"name of {context}");
        var preferences = new PreferencesReader(agenda, context, values);
        var strengths = preferences.Strengths(fields["strengths"]);
        var priorities = preferences.Priorities(fields["priorities"]);
        var positions = preferences.Positions(fields["positions"]);
        var redLines = preferences.RedLines(fields["red-lines"]);
        var reservation = values.Number(fields["reservation"], NumberRange.Unit) ?? 0;
        var strategy = StrategyReader.Read(fields["strategy"], context, values) ?? Negotiation.Negotiators.StrategySpec.Boulware;
        return CountryProfile.Create(id, name ?? "", strengths, priorities, positions, redLines, reservation, strategy);
    }

    /// <summary>"us" next to "US" is legal but almost always a slip for the same country.</summary>
    private static void WarnIfOnlyCaseDiffers(string id, SourcePosition at, Dictionary<string, SourcePosition> seen, DiagnosticBag diagnostics)
    {
        foreach (var (other, where) in seen)
            if (string.Equals(other, id, StringComparison.OrdinalIgnoreCase))
                diagnostics.Warning(at, $"country id '{id}' differs from '{other}' (defined at {where}) only in letter case; did you mean '{other}'?");
    }
}
