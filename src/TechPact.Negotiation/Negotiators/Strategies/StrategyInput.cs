namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>What a strategy may look at when it sets this round's aspiration (package utility it
/// still demands).</summary>
/// <param name="Time">Fraction of the deadline felt to have passed, 0..1.</param>
/// <param name="Received">How much the others have conceded so far, in this country's utility.</param>
/// <param name="PreviousAspiration">What it demanded last round (1 before the first).</param>
/// <param name="DraftUtility">Its utility for the draft on the table.</param>
/// <param name="LowestRisk">True when, by the Zeuthen rule, it is the one that should concede now.</param>
/// <param name="NextLowestRisk">The smallest risk among the others still holding out (for "just enough").</param>
public sealed record StrategyInput(
    double Time,
    double Reservation,
    double Exponent,
    double Received,
    double PreviousAspiration,
    double DraftUtility,
    bool LowestRisk,
    double NextLowestRisk);
