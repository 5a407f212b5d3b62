namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Sets how much utility a country still demands this round. Never below its reservation.</summary>
public interface IConcessionStrategy
{
    double Aspiration(StrategyInput input);
}
