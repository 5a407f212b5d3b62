namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Faratin, Sierra &amp; Jennings (1998): the aspiration falls from 1 to the reservation
/// value along a(t) = r + (1 − r)(1 − t^(1/e)). e &lt; 1 is Boulware (holds firm, concedes late),
/// e = 1 Linear, e &gt; 1 Conceder (concedes early).</summary>
public sealed class TimeDependentStrategy : IConcessionStrategy
{
    public double Aspiration(StrategyInput input) => Curve(input.Time, input.Reservation, input.Exponent);

    /// <param name="time">Fraction of the deadline used, 0..1.</param>
    public static double Curve(double time, double reservation, double exponent)
    {
        var t = Math.Clamp(time, 0.0, 1.0);
        return reservation + (1.0 - reservation) * (1.0 - Math.Pow(t, 1.0 / exponent));
    }
}
