namespace TechPact.Negotiation.Analysis;

/// <summary>The bargaining set the monotonic concession protocol moves on: the packages every country
/// accepts (no red line crossed, each at or above its reservation) that no other such package
/// Pareto-dominates.</summary>
/// <remarks>Dominance is taken among the acceptable packages only. A frontier drawn over all packages
/// and then filtered would lose acceptable packages dominated only by red-lined ones, and could come out
/// empty although agreement is possible. Exact up to <see cref="OutcomeAnalyzer.DefaultExactLimit"/>
/// outcomes; beyond, the acceptable part of the analyzer's seeded approximation (docs/analysis.md).</remarks>
public static class BargainingSet
{
    /// <summary>The acceptable Pareto frontier in package order; empty when nothing is acceptable to all.</summary>
    public static ImmutableArray<Package> Frontier(IReadOnlyList<Issue> issues, ImmutableArray<CountryProfile> countries, long seed,
        long exactLimit = OutcomeAnalyzer.DefaultExactLimit)
    {
        var space = new OutcomeSpace(issues, countries, seed);
        return ExactEnumeration.Fits(space, exactLimit) ? Exact(space) : Approximate(space);
    }

    private static ImmutableArray<Package> Exact(OutcomeSpace space)
    {
        var scan = ExactEnumeration.Run(space);
        var n = space.CountryCount;
        var kept = new List<long>();
        var utilities = new List<double>();
        for (long k = 0; k < scan.Utilities.Length / n; k++)
        {
            var u = scan.Utilities.AsSpan((int)(k * n), n);
            if (!space.ClearsReservations(u)) continue;
            var package = space.Decode(k);
            if (space.CrossesRedLine(package.Choices.AsSpan())) continue;
            kept.Add(k);
            foreach (var x in u) utilities.Add(x);
        }
        return Skyline(space, [.. kept], [.. utilities]);
    }

    /// <summary>Seeded samples plus climbs towards every country's best acceptable package and the Nash
    /// point; of the pool, the acceptable packages' skyline.</summary>
    private static ImmutableArray<Package> Approximate(OutcomeSpace space)
    {
        var search = new ApproximateSearch(space, OutcomeAnalyzer.ApproximateSampleSize, OutcomeAnalyzer.ApproximateRandomStarts);
        for (var c = 0; c < space.CountryCount; c++)
        {
            var country = c;
            search.Best(search.Constrained(u => u[country]));
        }
        search.Best(search.Constrained(u => BargainingScores.NashProduct(u, space.Reservations)));
        var pool = search.Pool;
        var kept = new List<long>();
        var utilities = new List<double>();
        var n = space.CountryCount;
        for (var p = 0; p < pool.Count; p++)
        {
            var u = pool.Utilities.Slice(p * n, n);
            if (space.CrossesRedLine(pool.Packages[p]) || !space.ClearsReservations(u)) continue;
            kept.Add(p);
            foreach (var x in u) utilities.Add(x);
        }
        var frontier = ParetoFrontier.Find([.. utilities], [.. kept], n);
        return [.. frontier.Select(k => pool.Packages[(int)kept[k]]).Order(PackageOrder.Instance).Select(c => new Package([.. c]))];
    }

    private static ImmutableArray<Package> Skyline(OutcomeSpace space, long[] kept, double[] utilities)
    {
        var frontier = ParetoFrontier.Find(utilities, kept, space.CountryCount);
        return [.. frontier.Select(p => kept[p]).Order().Select(space.Decode)];
    }
}
