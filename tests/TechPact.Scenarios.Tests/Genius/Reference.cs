using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Tests.Genius;

/// <summary>An independent brute-force reference for the figures asserted on real domains:
/// recomputes utilities from the imported weights and values with plain loops and compares
/// every pair of outcomes. Quadratic, which is fine for the domains it is used on.</summary>
internal static class Reference
{
    public static List<(int[] Choices, double[] Utilities)> Outcomes(Scenario scenario)
    {
        var result = new List<(int[], double[])>();
        var counts = scenario.Issues.Select(i => i.Options.Length).ToArray();
        var total = counts.Aggregate(1, (a, b) => a * b);
        for (var n = 0; n < total; n++)
        {
            var choices = new int[counts.Length];
            var rest = n;
            for (var i = counts.Length - 1; i >= 0; i--) (choices[i], rest) = (rest % counts[i], rest / counts[i]);
            var utilities = scenario.Countries.Select(c => choices.Select((o, i) => c.Weights[i] * c.Values[i][o]).Sum()).ToArray();
            result.Add((choices, utilities));
        }
        return result;
    }

    public static int FrontierSize(List<(int[] Choices, double[] Utilities)> outcomes) =>
        outcomes.Count(x => !outcomes.Any(y =>
            y.Utilities.Zip(x.Utilities).All(p => p.First >= p.Second - 1e-9) &&
            y.Utilities.Zip(x.Utilities).Any(p => p.First > p.Second + 1e-9)));

    public static (int[] Choices, double Product) Nash(Scenario scenario, List<(int[] Choices, double[] Utilities)> outcomes)
    {
        var best = outcomes
            .Where(x => x.Utilities.Select((u, c) => u >= scenario.Countries[c].Reservation).All(ok => ok))
            .Select(x => (x.Choices, Product: x.Utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b)))
            .MaxBy(x => x.Product);
        return best;
    }
}
