namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads <c>events</c>, the scripted injects. Events are read in round order (file order
/// within a round), the order the engine fires them, so an effect may name a country that joined
/// in an earlier event or earlier in the same one, and no other.</summary>
internal static class EventsReader
{
    /// <param name="maxRounds">The deadline, or null when it could not be read (then rounds are
    /// only range-checked, to avoid a second report for one mistake).</param>
    public static ImmutableArray<ScenarioEvent> Read(YamlNode? node, Agenda agenda, Roster roster, int? maxRounds, Values values)
    {
        if (values.List(node, "events") is not { } list) return [];
        var events = ImmutableArray.CreateBuilder<ScenarioEvent>();
        var ids = new UniqueIds("event");
        var items = list.Items.Select((item, i) => (Item: item, Label: $"event #{i + 1}")).ToList();
        NoteArrivals(list, roster);
        foreach (var (item, label) in items.OrderBy(e => PeekRound(e.Item)))
        {
            var (evt, idAt) = EventReader.Read(item, label, EventRounds.Until(maxRounds), agenda, roster, values);
            if (evt is null || !ids.Add(evt.Id, idAt!.Value, values.Diagnostics)) continue;
            events.Add(evt);
        }
        return events.ToImmutable();
    }

    /// <summary>Who joins when, read loosely ahead of the real reading (which reports problems).</summary>
    private static void NoteArrivals(YamlList list, Roster roster)
    {
        foreach (var evt in list.Items.OfType<YamlMap>())
        {
            var id = Entry(evt, "id") is YamlScalar s ? s.Value : "?";
            if (Entry(evt, "effects") is not YamlList effects) continue;
            foreach (var join in effects.Items.OfType<YamlMap>().Select(e => Entry(e, "join")).OfType<YamlMap>())
                if (Entry(join, "id") is YamlScalar country)
                    roster.Arrivals.TryAdd(country.Value, $"in round {PeekRound(evt)} (event '{id}')");
        }
    }

    private static YamlNode? Entry(YamlMap map, string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    /// <summary>The round as written, for ordering only (problems are reported when it is read).</summary>
    private static long PeekRound(YamlNode node) =>
        node is YamlMap map && Entry(map, "round") is YamlScalar s
        && long.TryParse(s.Value, out var round) ? round : 0;
}
