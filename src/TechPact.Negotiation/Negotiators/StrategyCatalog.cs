namespace TechPact.Negotiation.Negotiators;

/// <summary>The strategies a scenario may name, with their default exponents.</summary>
public static class StrategyCatalog
{
    private static readonly Dictionary<string, StrategySpec> Known = new(StringComparer.Ordinal)
    {
        [StrategySpec.Boulware.Name] = StrategySpec.Boulware,
        [StrategySpec.Linear.Name] = StrategySpec.Linear,
        [StrategySpec.Conceder.Name] = StrategySpec.Conceder,
    };

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool TryGet(string name, out StrategySpec spec) => Known.TryGetValue(name, out spec!);
}
