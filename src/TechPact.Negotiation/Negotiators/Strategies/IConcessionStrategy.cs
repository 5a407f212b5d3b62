namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Sets how much utility a country still demands this round. Never below its reservation.</summary>
public interface IConcessionStrategy
{
    double Aspiration(StrategyInput input);

    /// <summary>Whether <see cref="StrategyInput.Received"/> matters to this strategy. Measuring it
    /// reads every other country's commitments (O(countries²) a round), so it is skipped, and
    /// passed as 0, for the strategies that ignore it.</summary>
    bool UsesReceived => false;
}
