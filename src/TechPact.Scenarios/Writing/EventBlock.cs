namespace TechPact.Scenarios.Writing;

/// <summary>An event as the format writes it: an item of <c>events</c> in a scenario file, or of the
/// <c>events</c> of a transcript's summit-forked line, each effect by its kind (<see cref="EffectKinds"/>).</summary>
internal static class EventBlock
{
    public static void Write(FormatWriter w, ScenarioEvent evt, Scenario scenario)
    {
        w.StartMap();
        w.IntegerField("round", evt.Round).Field("id", evt.Id).Field("title", evt.Title);
        w.Key("effects");
        w.StartList();
        foreach (var effect in evt.Effects)
        {
            var kind = EffectKinds.Of(effect);
            w.StartMap();
            w.Key(kind.Key);
            kind.Write(w, effect, scenario);
            w.EndMap();
        }
        w.EndList();
        w.EndMap();
    }
}
