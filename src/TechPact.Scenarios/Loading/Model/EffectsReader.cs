namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads one event's <c>effects</c>: each a mapping with exactly one key naming its kind, read
/// by that kind (<see cref="EffectKinds"/>).</summary>
internal static class EffectsReader
{
    public static ImmutableArray<EventEffect> Read(YamlNode? node, EffectReading reading)
    {
        var diagnostics = reading.Values.Diagnostics;
        if (reading.Values.List(node, $"effects of {reading.Event}") is not { } list) return [];
        if (list.Items.Count == 0) diagnostics.Error(list.Start, $"{reading.Event} has no effects; expected at least one");
        var effects = ImmutableArray.CreateBuilder<EventEffect>();
        for (var i = 0; i < list.Items.Count; i++)
            if (ReadOne(list.Items[i], $"effect #{i + 1} of {reading.Event}", reading) is { } effect) effects.Add(effect);
        return effects.ToImmutable();
    }

    private static EventEffect? ReadOne(YamlNode node, string context, EffectReading reading)
    {
        var diagnostics = reading.Values.Diagnostics;
        if (reading.Values.Map(node, context) is not { } map) return null;
        var kinds = ScenarioFormat.Effect.Keys;
        KeyedMapping.Of(map).Check(context, kinds, [], diagnostics);
        if (map.Entries.Count != 1)
        {
            var found = map.Entries.Count == 0 ? "none" : Describe.List(map.Entries.Select(e => e.Key.Value));
            diagnostics.Error(map.Start, $"{context} must have exactly one key naming its kind ({Describe.List(kinds)}), found {found}; write each change as its own '- ' item");
            return null;
        }
        var (key, body) = map.Entries[0];
        return EffectKinds.Find(key.Value)?.Read(body, reading);
    }
}
