namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Relative tit-for-tat (Axelrod 1984; Faratin, Sierra &amp; Jennings 1998, imitative
/// tactics): concedes in its own utility exactly what the others have conceded to it, measured
/// by how much better for it their commitments have become since the opening round.</summary>
/// <remarks>A small unconditional concession (<see cref="Goodwill"/> over the whole deadline)
/// lets two tit-for-tat players start moving; without it they would mirror each other's
/// stillness to the deadline.</remarks>
public sealed class TitForTatStrategy : IConcessionStrategy
{
    public const double Goodwill = 0.1;

    public bool UsesReceived => true;

    public double Aspiration(StrategyInput input) =>
        Math.Max(input.Reservation, 1.0 - input.Received - Goodwill * input.Time);
}
