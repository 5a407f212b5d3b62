namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>The strategies a scenario may name, with their default exponents.</summary>
public static class StrategyCatalog
{
    private static readonly IConcessionStrategy TimeDependent = new TimeDependentStrategy();

    private static readonly Dictionary<string, (StrategySpec Spec, IConcessionStrategy Strategy)> Known =
        new(StringComparer.Ordinal)
        {
            ["boulware"] = (StrategySpec.Boulware, TimeDependent),
            ["linear"] = (StrategySpec.Linear, TimeDependent),
            ["conceder"] = (StrategySpec.Conceder, TimeDependent),
            ["tit-for-tat"] = (new StrategySpec("tit-for-tat", 1.0), new TitForTatStrategy()),
            ["zeuthen"] = (new StrategySpec("zeuthen", 1.0), new ZeuthenStrategy()),
            ["hardliner"] = (new StrategySpec("hardliner", 1.0), new HardlinerStrategy()),
        };

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool TryGet(string name, out StrategySpec spec)
    {
        var found = Known.TryGetValue(name, out var entry);
        spec = entry.Spec!;
        return found;
    }

    public static IConcessionStrategy For(StrategySpec spec) =>
        Known.TryGetValue(spec.Name, out var entry)
            ? entry.Strategy
            : throw new ArgumentException($"Unknown strategy '{spec.Name}'; known: {string.Join(", ", Known.Keys)}.", nameof(spec));
}
