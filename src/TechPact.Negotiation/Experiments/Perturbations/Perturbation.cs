namespace TechPact.Negotiation.Experiments.Perturbations;

/// <summary>One perturbed number: which dimension, whose and which (e.g. "US/data-flows"), and
/// the uniform draw in −1..1 that moved it (the draw, not the moved value, is what sensitivity
/// correlates with the outcome).</summary>
public sealed record PerturbedParameter(Dimension Dimension, string Name, double Draw);

/// <summary>Draws one run's perturbation of a scenario. Pure: the same stream gives the same
/// scenario, so a run's preferences depend on (seed, run index) only.</summary>
public static class Perturbation
{
    public static (Scenario Scenario, ImmutableArray<PerturbedParameter> Parameters) Apply(
        Scenario scenario, VarySpec vary, DeterministicRandom random)
    {
        var parameters = ImmutableArray.CreateBuilder<PerturbedParameter>();
        var countries = scenario.Countries.Select(c => Country(scenario, c, vary, random, parameters)).ToImmutableArray();
        return (scenario with { Countries = countries }, parameters.ToImmutable());
    }

    // Dimensions are drawn in a fixed order, country by country, so adding a country never
    // shifts the draws of the ones before it.
    private static CountryProfile Country(Scenario scenario, CountryProfile c, VarySpec vary, DeterministicRandom random,
        ImmutableArray<PerturbedParameter>.Builder parameters)
    {
        double Draw(Dimension dimension, string name)
        {
            var draw = 2 * random.NextDouble() - 1;
            parameters.Add(new PerturbedParameter(dimension, $"{c.Id}/{name}", draw));
            return draw;
        }

        var result = c;
        if (vary.Amount(Dimension.Priorities) is var p and > 0)
        {
            var raw = c.Weights.Select((w, i) => w * (1 + p * Draw(Dimension.Priorities, scenario.Issues[i].Id))).ToArray();
            var total = raw.Sum();
            result = result with { Weights = [.. raw.Select(w => total > 0 ? w / total : 1.0 / raw.Length)] };
        }
        if (vary.Amount(Dimension.Reservation) is var r and > 0)
            result = result with { Reservation = Math.Clamp(c.Reservation + r * Draw(Dimension.Reservation, "reservation"), 0.0, 0.99) };
        if (vary.Amount(Dimension.Positions) is var x and > 0)
            result = result with { Values = [.. c.Values.Select((values, i) => Positions(values, x, Draw(Dimension.Positions, scenario.Issues[i].Id)))] };
        if (vary.Amount(Dimension.Strengths) is var s and > 0)
            result = result with
            {
                Strengths = c.Strengths.ToImmutableSortedDictionary(kv => kv.Key,
                    kv => Math.Clamp(kv.Value + s * Draw(Dimension.Strengths, kv.Key), 0.0, 1.0), StringComparer.Ordinal),
            };
        return result;
    }

    /// <summary>Tilts an issue's values along its ladder (one draw per issue keeps the
    /// parameter count small): the open end gains what the closed end loses, then the best
    /// option is normalised back to 1.</summary>
    private static ImmutableArray<double> Positions(ImmutableArray<double> values, double amount, double draw)
    {
        var n = values.Length;
        var tilted = values.Select((v, o) => Math.Max(0.0, v * (1 + amount * draw * (n == 1 ? 0 : 2.0 * o / (n - 1) - 1)))).ToArray();
        var max = tilted.Max();
        return [.. tilted.Select(v => max > 0 ? v / max : 0.0)];
    }
}
