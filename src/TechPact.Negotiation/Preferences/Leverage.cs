namespace TechPact.Negotiation.Preferences;

/// <summary>How much each country's strengths count on each issue: its bargaining power there.</summary>
/// <remarks>
/// <para><see cref="Power"/>[c][i] is country c's strength over issue i's areas taken as a power mean
/// with exponent <see cref="PowerMeanExponent"/>: closer to its best area than to the average, because
/// on a supply chain one chokepoint is leverage (Farrell &amp; Newman 2019, "weaponized
/// interdependence") — Korea's memory-chip lead is not averaged away by its weaker chip materials —
/// yet breadth across an issue's areas still counts. An issue that names no areas gives everyone 0.5.</para>
/// <para>Power is issue-specific and absolute (not a share of the room): raising one country's strength
/// changes its own power and nobody else's, which is what makes its effects monotone (docs/protocols.md).
/// The text protocols use it issue by issue (the mediator's compromise weights and the power-weighted
/// vote that settles a pact); the proposal protocol uses one number per country, <see cref="Exponents"/>.</para>
/// </remarks>
/// <param name="Power">[country][issue], 0..1.</param>
/// <param name="Relative">[country][issue]: power minus the table's mean on that issue (shown to the country in its brief).</param>
/// <param name="Exponents">Per country, the asymmetric Nash bargaining weight β_c: its power averaged over
/// the issues by its own weights, scaled so the strongest country has 1 (equal strengths give exactly 1 each).</param>
public sealed record Leverage(ImmutableArray<ImmutableArray<double>> Power, ImmutableArray<ImmutableArray<double>> Relative,
    ImmutableArray<double> Exponents)
{
    public const double PowerMeanExponent = 3.0;

    /// <summary>Power on an issue that names no capability areas.</summary>
    public const double Neutral = 0.5;

    public static Leverage Compute(IReadOnlyList<Issue> issues, IReadOnlyList<CountryProfile> countries)
    {
        var power = countries.Select(c => issues.Select(i => PowerOn(i, c)).ToImmutableArray()).ToImmutableArray();
        var relative = power.Select(row => ImmutableArray.CreateBuilder<double>(issues.Count)).ToArray();
        for (var i = 0; i < issues.Count; i++)
        {
            var mean = 0.0;
            for (var c = 0; c < countries.Count; c++) mean += power[c][i];
            mean /= countries.Count;
            for (var c = 0; c < countries.Count; c++) relative[c].Add(power[c][i] - mean);
        }
        return new Leverage(power, [.. relative.Select(b => b.MoveToImmutable())], ExponentsOf(power, countries));
    }

    /// <summary>The power mean M_q of the country's strengths over the issue's areas.</summary>
    public static double PowerOn(Issue issue, CountryProfile country)
    {
        if (issue.Areas.IsDefaultOrEmpty) return Neutral;
        var sum = 0.0;
        foreach (var area in issue.Areas) sum += Math.Pow(Math.Clamp(country.Strength(area), 0, 1), PowerMeanExponent);
        return Math.Pow(sum / issue.Areas.Length, 1 / PowerMeanExponent);
    }

    /// <summary>β_c = Σ_i w_c,i · power_c,i / Σ_i w_c,i, divided by the largest β at the table. When
    /// every β agrees to 1e-9 they are all exactly 1, so equal strengths give the plain Nash product.</summary>
    private static ImmutableArray<double> ExponentsOf(ImmutableArray<ImmutableArray<double>> power, IReadOnlyList<CountryProfile> countries)
    {
        var raw = countries.Select((country, c) =>
        {
            double weighted = 0, total = 0;
            for (var i = 0; i < power[c].Length; i++) (weighted, total) = (weighted + country.Weights[i] * power[c][i], total + country.Weights[i]);
            return total > 0 ? weighted / total : Neutral;
        }).ToArray();
        var max = raw.Length == 0 ? 0 : raw.Max();
        if (max <= 0 || raw.All(b => Math.Abs(b - max) <= 1e-9 * max)) return [.. raw.Select(_ => 1.0)];
        return [.. raw.Select(b => Math.Max(b / max, 1e-6))];
    }
}
