namespace TechPact.Negotiation.Experiments.Sweeps;

/// <summary>How much of the outcome's variation one perturbation dimension explains.</summary>
/// <param name="Explained">Mean over the outcomes (agreement, rounds, each country's utility) of
/// Σ r² over the dimension's parameters, each r² less its expectation under no effect, 1/(N−1).
/// Parameters are drawn independently, so Σ r² is the first-order (linear) variance share.</param>
/// <param name="Agreement">The same share for the agreement indicator alone.</param>
/// <param name="Strongest">The parameter with the largest |r| on any outcome, and that r.</param>
public sealed record DimensionSensitivity(Dimension Dimension, int Parameters, double Explained, double Agreement,
    string Strongest, string StrongestOutcome, double StrongestCorrelation);

/// <summary>Sensitivity analysis over a sweep: correlate every perturbation draw with every outcome.</summary>
public static class Sensitivity
{
    public static ImmutableArray<DimensionSensitivity> Of(Scenario baseline, IReadOnlyList<PlannedRun> plans, IReadOnlyList<RunSummary> runs)
    {
        if (runs.Count < 3 || plans.Count == 0 || plans[0].Parameters.IsEmpty) return [];
        var outcomeNames = new List<string> { "agreement", "rounds" };
        outcomeNames.AddRange(baseline.Countries.Select(c => $"utility:{c.Id}"));
        var outcomes = outcomeNames.Select((_, k) => runs.Select(r => Outcome(r, k)).ToArray()).ToArray();
        var noise = 1.0 / (runs.Count - 1);
        var template = plans[0].Parameters;
        var result = ImmutableArray.CreateBuilder<DimensionSensitivity>();
        foreach (var dimension in template.Select(p => p.Dimension).Distinct())
        {
            var members = Enumerable.Range(0, template.Length).Where(j => template[j].Dimension == dimension).ToArray();
            var explained = new double[outcomes.Length];
            var (strongest, strongestOutcome, strongestR) = ("", "", 0.0);
            foreach (var j in members)
            {
                var x = plans.Select(p => p.Parameters[j].Draw).ToArray();
                for (var k = 0; k < outcomes.Length; k++)
                {
                    var r = Pearson(x, outcomes[k]);
                    explained[k] += Math.Max(0.0, r * r - noise);
                    if (Math.Abs(r) > Math.Abs(strongestR) + 1e-15) (strongest, strongestOutcome, strongestR) = (template[j].Name, outcomeNames[k], r);
                }
            }
            result.Add(new DimensionSensitivity(dimension, members.Length, Math.Min(1.0, explained.Average()),
                Math.Min(1.0, explained[0]), strongest, strongestOutcome, strongestR));
        }
        return [.. result.OrderByDescending(d => d.Explained).ThenBy(d => d.Dimension)];
    }

    private static double Outcome(RunSummary run, int k) => k switch
    {
        0 => run.Status == SummitStatus.Agreement ? 1.0 : 0.0,
        1 => run.Rounds,
        _ => run.Utilities[k - 2],
    };

    /// <summary>Pearson correlation; 0 when either side does not vary (nothing to explain).</summary>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var (dx, dy) = (x[i] - mx, y[i] - my);
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx <= 1e-300 || syy <= 1e-300 ? 0.0 : sxy / Math.Sqrt(sxx * syy);
    }
}
