namespace TechPact.Negotiation.Experiments.Sweeps;

/// <summary>A summary of many runs' values: mean and nearest-rank percentiles (no
/// interpolation, so every figure is a value some run actually produced).</summary>
public sealed record Distribution(int Count, double Mean, double Min, double P10, double P50, double P90, double Max)
{
    public static readonly Distribution Empty = new(0, 0, 0, 0, 0, 0, 0);

    public static Distribution Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return Empty;
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var sum = 0.0;
        foreach (var v in values) sum += v; // in run order: the same sum whatever order runs finished in
        return new Distribution(sorted.Length, sum / sorted.Length, sorted[0], Rank(sorted, 0.1), Rank(sorted, 0.5),
            Rank(sorted, 0.9), sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
