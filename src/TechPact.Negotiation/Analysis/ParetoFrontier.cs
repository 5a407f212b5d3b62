namespace TechPact.Negotiation.Analysis;

/// <summary>Finds the non-dominated outcomes among a set of utility vectors.</summary>
/// <remarks>Utilities are compared on a grid of 2^-30 (about 1e-9): sums of the same weighted values
/// taken in a different order can differ in the last bit, and such outcomes should tie rather than
/// dominate each other. On the grid dominance is exact integer comparison, hence transitive, which
/// is what lets both algorithms below keep only frontier points as witnesses.</remarks>
internal static class ParetoFrontier
{
    private const double Scale = 1 << 30;

    public static long Quantise(double utility) => (long)Math.Round(utility * Scale);

    public static bool Dominates(ReadOnlySpan<long> a, ReadOnlySpan<long> b)
    {
        var strictly = false;
        for (var c = 0; c < a.Length; c++)
        {
            if (a[c] < b[c]) return false;
            if (a[c] > b[c]) strictly = true;
        }
        return strictly;
    }

    /// <param name="utilities">Flat [point * countries + country].</param>
    /// <param name="ids">Outcome number of each point, used for ordering ties.</param>
    /// <returns>Positions (into <paramref name="ids"/>) of the frontier, ordered by the first
    /// country's utility descending, then by outcome number.</returns>
    public static int[] Find(ReadOnlySpan<double> utilities, long[] ids, int countries)
    {
        var count = ids.Length;
        var grid = new long[count * countries];
        for (var k = 0; k < grid.Length; k++) grid[k] = Quantise(utilities[k]);
        var frontier = countries == 2 && FitsTwoPartyKey(grid) ? SweepTwoParties(grid, count) : Skyline(grid, count, countries);
        Array.Sort(frontier, (x, y) =>
        {
            var byFirst = grid[y * countries].CompareTo(grid[x * countries]);
            return byFirst != 0 ? byFirst : ids[x].CompareTo(ids[y]);
        });
        return frontier;
    }

    private static bool FitsTwoPartyKey(long[] grid)
    {
        foreach (var q in grid)
            if (q < 0 || q >= 1L << 31) return false;
        return true;
    }

    /// <summary>Sort by (U0, U1) descending in one primitive sort, then sweep: a point is on the
    /// frontier when it has its group's best U1 and beats every U1 seen at a higher U0.</summary>
    private static int[] SweepTwoParties(long[] grid, int count)
    {
        var keys = new long[count];
        var order = new int[count];
        for (var p = 0; p < count; p++)
        {
            keys[p] = (grid[2 * p] << 31) | grid[2 * p + 1];
            order[p] = p;
        }
        Array.Sort(keys, order);
        var frontier = new List<int>();
        var bestHigherU1 = long.MinValue;
        var k = count - 1;
        while (k >= 0)
        {
            var u0 = keys[k] >> 31;
            var groupBest = keys[k] & int.MaxValue;
            for (; k >= 0 && keys[k] >> 31 == u0; k--)
                if ((keys[k] & int.MaxValue) == groupBest && groupBest > bestHigherU1) frontier.Add(order[k]);
            bestHigherU1 = Math.Max(bestHigherU1, groupBest);
        }
        return frontier.ToArray();
    }

    /// <summary>Sort-filter skyline: visit points by utility sum descending, so no point can be
    /// dominated by one visited after it, and test each only against the frontier found so far.</summary>
    private static int[] Skyline(long[] grid, int count, int countries)
    {
        var sums = new long[count];
        var order = new int[count];
        for (var p = 0; p < count; p++)
        {
            for (var c = 0; c < countries; c++) sums[p] -= grid[p * countries + c];
            order[p] = p;
        }
        Array.Sort(sums, order);
        var frontier = new List<int>();
        var lastWitness = 0;
        foreach (var p in order)
        {
            var point = grid.AsSpan(p * countries, countries);
            // The witness that beat the previous point usually beats this one too: check it first.
            if (frontier.Count > 0 && Dominates(grid.AsSpan(frontier[lastWitness] * countries, countries), point)) continue;
            var dominated = false;
            for (var f = 0; f < frontier.Count && !dominated; f++)
                if (Dominates(grid.AsSpan(frontier[f] * countries, countries), point)) (dominated, lastWitness) = (true, f);
            if (!dominated) frontier.Add(p);
        }
        return frontier.ToArray();
    }
}
