namespace TechPact.Negotiation.Analysis;

/// <summary>Kalai–Smorodinsky on a frontier, and the full approximate search.</summary>
internal static class SolutionSearch
{
    /// <summary>The acceptable frontier package with the largest min_c (U_c − r_c)/(ideal_c − r_c);
    /// ties go to the package that comes first in package order, as they do for Nash.</summary>
    public static int[]? KalaiSmorodinsky(OutcomeSpace space, IEnumerable<int[]> frontier, double[] ideal)
    {
        int[]? best = null;
        var bestRatio = double.NegativeInfinity;
        var utilities = new double[space.CountryCount];
        foreach (var choices in frontier.Order(PackageOrder.Instance))
        {
            space.Evaluate(choices, utilities);
            if (space.CrossesRedLine(choices) || !space.ClearsReservations(utilities)) continue;
            var ratio = BargainingScores.KalaiSmorodinskyRatio(utilities, space.Reservations, ideal);
            if (ExactEnumeration.Improves(ratio, bestRatio)) (best, bestRatio) = (choices, ratio);
        }
        return best;
    }

    /// <param name="progress">Told the share of the climbs done after each objective.</param>
    public static SearchResult Approximate(OutcomeSpace space, int sampleSize, int randomStarts, Action<double>? progress = null)
    {
        var search = new ApproximateSearch(space, sampleSize, randomStarts);
        var reservations = space.Reservations;
        var exponents = space.LeverageExponents;
        var welfare = space.SeparableArgmax(Enumerable.Repeat(1.0, space.CountryCount).ToArray());
        search.Pool.Add(welfare);
        // The sample counts as one objective's worth of work; then every climb the same.
        var total = (double)space.CountryCount * search.CountryStartCount + 4 * search.StartCount;
        var done = (double)search.StartCount;
        progress?.Invoke(done / total);
        for (var c = 0; c < space.CountryCount; c++)
        {
            var country = c;
            search.BestFor(country, search.Constrained(u => u[country]));
            progress?.Invoke((done += search.CountryStartCount) / total);
        }
        search.Best(search.Constrained(u => BargainingScores.NashProduct(u, reservations)));
        progress?.Invoke((done += search.StartCount) / total);
        search.Best(search.Constrained(u => BargainingScores.WeightedNashProduct(u, reservations, exponents.AsSpan())));
        progress?.Invoke((done += search.StartCount) / total);
        var ideal = PoolIdeal(space, search.Pool);
        if (ideal is not null) search.Best(search.Constrained(u => BargainingScores.KalaiSmorodinskyRatio(u, reservations, ideal)));

        var final = PoolBest(space, search.Pool);
        var ids = Enumerable.Range(0, search.Pool.Count).Select(i => (long)i).ToArray();
        var frontier = ParetoFrontier.Find(search.Pool.Utilities, ids, space.CountryCount)
            .Select(p => search.Pool.Packages[p]).ToList();
        var method = $"sampling+hill-climbing (seed {space.Seed}, {sampleSize} uniform samples, " +
                     $"{search.StartCount} starts for Nash, weighted Nash and Kalai–Smorodinsky, {search.CountryStartCount} for each country's ideal, " +
                     $"{search.Pool.Count} distinct outcomes evaluated)";
        return new SearchResult(false, method, search.Pool.Count, sampleSize, search.StartCount, frontier,
            final.Ideal ?? [], welfare, final.Nash, final.WeightedNash,
            final.Ideal is null ? null : KalaiSmorodinsky(space, frontier, final.Ideal));
    }

    private sealed record PoolOptimum(double[]? Ideal, int[]? Nash, int[]? WeightedNash);

    /// <summary>The ideal point among the acceptable packages evaluated so far (null when none is acceptable): <see cref="PoolBest"/>'s
    /// ideal without its Nash products, which are what cost (a power per country per package).</summary>
    private static double[]? PoolIdeal(OutcomeSpace space, OutcomePool pool)
    {
        double[]? ideal = null;
        var utilities = pool.Utilities;
        for (var p = 0; p < pool.Count; p++)
        {
            var u = utilities.Slice(p * space.CountryCount, space.CountryCount);
            if (space.CrossesRedLine(pool.Packages[p]) || !space.ClearsReservations(u)) continue;
            ideal ??= Enumerable.Repeat(double.NegativeInfinity, space.CountryCount).ToArray();
            for (var c = 0; c < u.Length; c++) ideal[c] = Math.Max(ideal[c], u[c]);
        }
        return ideal;
    }

    /// <summary>The ideal point and Nash optima among the acceptable packages evaluated so far.</summary>
    /// <remarks>The products (a power per country per package for the weighted one) are worked out in parallel,
    /// one slot per package; the maxima are then taken in pool order, as a single pass would.</remarks>
    private static PoolOptimum PoolBest(OutcomeSpace space, OutcomePool pool)
    {
        var n = space.CountryCount;
        var acceptable = new bool[pool.Count];
        var products = new double[pool.Count];
        var weightedProducts = new double[pool.Count];
        Parallel.For(0, pool.Count, p =>
        {
            var u = pool.Utilities.Slice(p * n, n);
            if (space.CrossesRedLine(pool.Packages[p]) || !space.ClearsReservations(u)) return;
            acceptable[p] = true;
            products[p] = BargainingScores.NashProduct(u, space.Reservations);
            weightedProducts[p] = BargainingScores.WeightedNashProduct(u, space.Reservations, space.LeverageExponents.AsSpan());
        });
        double[]? ideal = null;
        int[]? nash = null, weighted = null;
        double bestNash = double.NegativeInfinity, bestWeighted = double.NegativeInfinity;
        for (var p = 0; p < pool.Count; p++)
        {
            if (!acceptable[p]) continue;
            var u = pool.Utilities.Slice(p * n, n);
            ideal ??= Enumerable.Repeat(double.NegativeInfinity, n).ToArray();
            for (var c = 0; c < u.Length; c++) ideal[c] = Math.Max(ideal[c], u[c]);
            if (ExactEnumeration.Improves(products[p], bestNash)) (bestNash, nash) = (products[p], pool.Packages[p]);
            if (ExactEnumeration.Improves(weightedProducts[p], bestWeighted)) (bestWeighted, weighted) = (weightedProducts[p], pool.Packages[p]);
        }
        return new PoolOptimum(ideal, nash, weighted);
    }
}

/// <summary>Lexicographic order of choice vectors, which is also odometer order.</summary>
internal sealed class PackageOrder : IComparer<int[]>
{
    public static readonly PackageOrder Instance = new();

    public int Compare(int[]? x, int[]? y)
    {
        for (var i = 0; i < x!.Length; i++)
            if (x[i] != y![i]) return x[i].CompareTo(y[i]);
        return 0;
    }
}
