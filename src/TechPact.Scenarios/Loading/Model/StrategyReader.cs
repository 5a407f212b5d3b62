using TechPact.Negotiation.Negotiators.Acceptance;

namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads <c>strategy: name</c> or <c>strategy: { name, exponent, acceptance, opponent-model }</c>,
/// the acceptance as a name or <c>{ name, time }</c>.</summary>
internal static class StrategyReader
{
    public static StrategySpec? Read(YamlNode? node, string country, Values values)
    {
        switch (node)
        {
            case null:
                return StrategySpec.Boulware;
            case YamlMap map:
                var fields = KeyedMapping.Of(map);
                fields.Check($"strategy of {country}", ScenarioFormat.Strategy.Keys, ScenarioFormat.Strategy.RequiredKeys, values.Diagnostics);
                var named = Named(fields["name"], country, values);
                var exponent = values.Number(fields["exponent"], NumberRange.Exponent);
                var acceptance = Acceptance(fields["acceptance"], country, values);
                var model = OpponentModel(fields["opponent-model"], country, values);
                if (named is null) return null;
                return (exponent is { } e ? new StrategySpec(named.Name, e) : named) with
                {
                    Acceptance = acceptance ?? AcceptanceSpec.Next,
                    OpponentModel = model ?? OpponentModels.Frequency,
                };
            default:
                return Named(node, country, values);
        }
    }

    private static AcceptanceSpec? Acceptance(YamlNode? node, string country, Values values)
    {
        if (node is null) return null;
        var what = $"acceptance strategy of {country}";
        if (node is YamlMap map)
        {
            var fields = KeyedMapping.Of(map);
            fields.Check(what, ScenarioFormat.Acceptance.Keys, ScenarioFormat.Acceptance.RequiredKeys, values.Diagnostics);
            var name = AcceptanceName(fields["name"], what, values);
            var time = values.Number(fields["time"], NumberRange.Unit);
            return name is null ? null : new AcceptanceSpec(name, time ?? AcceptanceSpec.DefaultTime);
        }
        return AcceptanceName(node, what, values) is { } plain ? new AcceptanceSpec(plain, AcceptanceSpec.DefaultTime) : null;
    }

    private static string? AcceptanceName(YamlNode? node, string what, Values values)
    {
        if (values.Text(node, what) is not { } name) return null;
        if (AcceptanceCatalog.IsKnown(name)) return name;
        var known = AcceptanceCatalog.Names.ToList();
        values.Diagnostics.Error(node!.Start, $"unknown acceptance strategy {Describe.Quoted(name)}{DidYouMean.HintAndKnown(name, known)}");
        return null;
    }

    private static string? OpponentModel(YamlNode? node, string country, Values values)
    {
        if (node is null || values.Text(node, $"opponent model of {country}") is not { } name) return null;
        if (OpponentModels.IsKnown(name)) return name;
        values.Diagnostics.Error(node.Start, $"unknown opponent model {Describe.Quoted(name)}{DidYouMean.HintAndKnown(name, OpponentModels.Names)}");
        return null;
    }

    private static StrategySpec? Named(YamlNode? node, string country, Values values)
    {
        if (values.Text(node, $"strategy of {country}") is not { } name) return null;
        if (StrategyCatalog.TryGet(name, out var spec)) return spec;
        var known = StrategyCatalog.Names.ToList();
        values.Diagnostics.Error(node!.Start,
            $"unknown strategy {Describe.Quoted(name)}{DidYouMean.HintAndKnown(name, known)}");
        return null;
    }
}
