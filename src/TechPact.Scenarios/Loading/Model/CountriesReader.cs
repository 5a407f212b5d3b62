namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads the <c>countries</c> list into profiles bound to the agenda, and single country
/// blocks (a party joining through an event) with the same checks.</summary>
internal static class CountriesReader
{
    public static (List<CountryProfile> Countries, Roster Roster) Read(YamlNode? node, Agenda agenda, Values values)
    {
        var countries = new List<CountryProfile>();
        var roster = new Roster(isResolvable: node is YamlList);
        if (values.List(node, "countries") is not { } list) return (countries, roster);
        if (list.Items.Count < 2)
            values.Diagnostics.Error(list.Start, $"countries has {list.Items.Count}; expected at least 2 countries");
        for (var i = 0; i < list.Items.Count; i++)
            if (ReadOne(list.Items[i], $"country #{i + 1}", agenda, roster, values) is { } profile)
                countries.Add(profile);
        return (countries, roster);
    }

    /// <summary>Reads one country block and seats it on the roster; null when it could not be
    /// read or its id is already taken (both reported).</summary>
    public static CountryProfile? ReadOne(YamlNode node, string label, Agenda agenda, Roster roster, Values values)
    {
        if (IdentifiedMapping.Read(node, label, ScenarioFormat.Country, values) is not (var fields, var id, var context)) return null;
        var profile = ReadProfile(fields, id ?? "", context, agenda, values);
        if (id is null) return null;
        return roster.TrySeat(id, fields["id"]!.Start, values.Diagnostics) ? profile : null;
    }

    private static CountryProfile ReadProfile(KeyedMapping fields, string id, string context, Agenda agenda, Values values)
    {
        var name = values.Name(fields["name"], $"name of {context}");
        var preferences = new PreferencesReader(agenda, context, values);
        var strengths = preferences.Strengths(fields["strengths"]);
        var priorities = preferences.Priorities(fields["priorities"]);
        var positions = preferences.Positions(fields["positions"]);
        var redLines = preferences.RedLines(fields["red-lines"]);
        var reservation = values.Number(fields["reservation"], NumberRange.Unit) ?? 0;
        var discount = values.Number(fields["discount"], NumberRange.Discount) ?? 1.0;
        var strategy = StrategyReader.Read(fields["strategy"], context, values) ?? Negotiation.Negotiators.StrategySpec.Boulware;
        return CountryProfile.Create(id, name ?? "", strengths, priorities, positions, redLines, reservation, strategy) with { Discount = discount };
    }
}
