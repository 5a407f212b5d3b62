using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Negotiators;
using TechPact.Scenarios.Loading.Format;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Yaml;

namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads <c>strategy: name</c> or <c>strategy: { name: ..., exponent: ... }</c>.</summary>
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
                if (named is null) return null;
                return exponent is { } e ? new StrategySpec(named.Name, e) : named;
            default:
                return Named(node, country, values);
        }
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
