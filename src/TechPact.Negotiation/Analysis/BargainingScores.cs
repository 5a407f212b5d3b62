using System.Runtime.CompilerServices;

namespace TechPact.Negotiation.Analysis;

/// <summary>The objectives the solutions maximise, on one outcome's utility vector.</summary>
internal static class BargainingScores
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double NashProduct(ReadOnlySpan<double> utilities, double[] reservations)
    {
        var product = 1.0;
        for (var c = 0; c < utilities.Length; c++) product *= utilities[c] - reservations[c];
        return product;
    }

    /// <summary>Π (U_c − r_c)^β_c; a zero surplus gives zero whatever its exponent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double WeightedNashProduct(ReadOnlySpan<double> utilities, double[] reservations, ReadOnlySpan<double> exponents)
    {
        var product = 1.0;
        for (var c = 0; c < utilities.Length; c++) product *= Math.Pow(utilities[c] - reservations[c], exponents[c]);
        return product;
    }

    /// <summary>min_c (U_c − r_c)/(ideal_c − r_c). A country whose ideal equals its reservation
    /// gets exactly that everywhere it can agree, so it counts as fully satisfied (ratio 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double KalaiSmorodinskyRatio(ReadOnlySpan<double> utilities, double[] reservations, double[] ideal)
    {
        var ratio = double.PositiveInfinity;
        for (var c = 0; c < utilities.Length; c++)
        {
            var range = ideal[c] - reservations[c];
            ratio = Math.Min(ratio, range > 0 ? (utilities[c] - reservations[c]) / range : 1.0);
        }
        return ratio;
    }

    public static double Welfare(ReadOnlySpan<double> utilities)
    {
        var sum = 0.0;
        foreach (var u in utilities) sum += u;
        return sum;
    }

    /// <summary>How far an outcome is from acceptable: summed reservation shortfall, plus one for
    /// a red line. Hill climbing maximises −1 − shortfall until it reaches acceptable ground.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Shortfall(ReadOnlySpan<double> utilities, double[] reservations, bool crossesRedLine)
    {
        var missing = crossesRedLine ? 1.0 : 0.0;
        for (var c = 0; c < utilities.Length; c++) missing += Math.Max(0, reservations[c] - utilities[c]);
        return missing;
    }
}
