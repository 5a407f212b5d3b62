namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>The bidding strategy's target (the "B" of BOA): how much utility a country still demands
/// this round. Never below its reservation. Which package it then asks for is the bid's other half
/// (<see cref="Bidding.AskChooser"/>).</summary>
public interface IConcessionStrategy
{
    double Aspiration(StrategyInput input);
}
