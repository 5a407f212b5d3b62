namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Never concedes: demands its best package to the end (the "hardheaded" baseline of
/// the ANAC literature). It agrees only to texts that already give it everything.</summary>
public sealed class HardlinerStrategy : IConcessionStrategy
{
    public double Aspiration(StrategyInput input) => 1.0;
}
