namespace TechPact.Negotiation.Negotiators;

/// <summary>Which concession strategy a country plays, and its exponent e where it has one.</summary>
public sealed record StrategySpec(string Name, double Exponent)
{
    public static readonly StrategySpec Boulware = new("boulware", 0.3);
    public static readonly StrategySpec Linear = new("linear", 1.0);
    public static readonly StrategySpec Conceder = new("conceder", 2.5);
}
