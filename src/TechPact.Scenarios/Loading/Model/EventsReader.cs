using System.Collections.Immutable;
using TechPact.Negotiation.Events;
using TechPact.Scenarios.Loading.Format;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Yaml;

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
        var firstSeen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var items = list.Items.Select((item, i) => (Item: item, Label: $"event #{i + 1}")).ToList();
        NoteArrivals(list, roster);
        foreach (var (item, label) in items.OrderBy(e => PeekRound(e.Item)))
        {
            if (values.Map(item, label) is not { } map) continue;
            var fields = KeyedMapping.Of(map);
            var id = values.Id(fields["id"], $"id of {label}");
            var context = id is null ? label : $"event '{id}'";
            fields.Check(context, ScenarioFormat.Event.Keys, ScenarioFormat.Event.RequiredKeys, values.Diagnostics);
            var round = Round(fields["round"], context, maxRounds, values);
            var title = values.Name(fields["title"], $"title of {context}");
            var effects = new EffectsReader(agenda, roster, context, values).Read(fields["effects"]);
            if (id is null || round is null) continue;
            if (!firstSeen.TryAdd(id, fields["id"]!.Start))
            {
                values.Diagnostics.Error(fields["id"]!.Start, $"duplicate event id '{id}'; first defined at {firstSeen[id]}");
                continue;
            }
            events.Add(new ScenarioEvent(round.Value, id, title ?? "", effects));
        }
        return events.ToImmutable();
    }

    private static int? Round(YamlNode? node, string context, int? maxRounds, Values values)
    {
        if (values.Integer(node, IntegerRange.MaxRounds) is not { } round) return null;
        if (maxRounds is { } deadline && round > deadline)
        {
            values.Diagnostics.Error(node!.Start,
                $"{context} is set for round {round}, after max-rounds ({deadline}); it would never fire (expected a round from 1 to {deadline})");
            return null;
        }
        return (int)round;
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
