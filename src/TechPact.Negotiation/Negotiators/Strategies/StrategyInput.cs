namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>What a concession strategy may look at when it sets this round's aspiration (the package
/// utility it still demands): the clock, its own brief, and the table as every country sees it.</summary>
/// <param name="Time">Fraction of the deadline felt to have passed, 0..1.</param>
/// <param name="PreviousAspiration">What it demanded last round (1 before the first).</param>
/// <param name="DraftUtility">Its utility for the text on the table.</param>
/// <param name="Me">Its index at the table.</param>
/// <param name="Table">The round context: commitments, what was said last round, the history.</param>
public sealed record StrategyInput(double Time, CountryProfile Profile, double PreviousAspiration, double DraftUtility,
    int Me, RoundContext Table)
{
    public double Reservation => Profile.Reservation;
    public double Exponent => Profile.Strategy.Exponent;
}
