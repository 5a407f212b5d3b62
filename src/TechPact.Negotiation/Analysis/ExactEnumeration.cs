namespace TechPact.Negotiation.Analysis;

/// <summary>One pass over every outcome in odometer order, keeping each utility vector and the
/// running best for the objectives that need no second pass.</summary>
/// <remarks>Per level of the odometer the partial utility sums of the issues above it are kept,
/// so moving to the next outcome only re-adds the issues that changed (one, mostly) and nothing is
/// allocated per outcome. Sums run in issue order, matching Utility.Of exactly.</remarks>
internal sealed class ExactEnumeration
{
    private ExactEnumeration(OutcomeSpace space, long count)
    {
        Utilities = new double[count * space.CountryCount];
        Ideal = Enumerable.Repeat(double.NegativeInfinity, space.CountryCount).ToArray();
    }

    /// <summary>Flat [outcome * countries + country].</summary>
    public double[] Utilities { get; }
    public double[] Ideal { get; }
    public bool AnyAcceptable { get; private set; }
    public long MaxWelfare { get; private set; } = -1;
    public long Nash { get; private set; } = -1;
    public long WeightedNash { get; private set; } = -1;

    public static bool Fits(OutcomeSpace space, long limit) =>
        space.Count <= limit && space.Count * space.CountryCount <= Array.MaxLength;

    public static ExactEnumeration Run(OutcomeSpace space)
    {
        var count = (long)space.Count;
        var result = new ExactEnumeration(space, count);
        result.Scan(space, count);
        return result;
    }

    private void Scan(OutcomeSpace space, long count)
    {
        int issues = space.IssueCount, countries = space.CountryCount;
        var partial = new double[(issues + 1) * countries];
        var redLineAbove = new bool[issues + 1];
        var choices = new int[issues];
        var exponents = space.LeverageExponents.AsSpan();
        // Equal exponents make the weighted product a power of the plain one: same maximiser, no Pow.
        var uniform = exponents.IndexOfAnyExcept(exponents[0]) < 0;
        double bestWelfare = double.NegativeInfinity, bestNash = double.NegativeInfinity, bestWeighted = double.NegativeInfinity;
        var changedFrom = 0;
        for (long k = 0; k < count; k++)
        {
            for (var level = changedFrom; level < issues; level++)
            {
                var row = space.Contribution[level].AsSpan(choices[level] * countries, countries);
                for (var c = 0; c < countries; c++)
                    partial[(level + 1) * countries + c] = partial[level * countries + c] + row[c];
                redLineAbove[level + 1] = redLineAbove[level] || space.RedLined[level][choices[level]];
            }
            var utilities = partial.AsSpan(issues * countries, countries);
            utilities.CopyTo(Utilities.AsSpan((int)(k * countries), countries));

            var welfare = BargainingScores.Welfare(utilities);
            if (Improves(welfare, bestWelfare)) (bestWelfare, MaxWelfare) = (welfare, k);
            if (!redLineAbove[issues] && space.ClearsReservations(utilities))
            {
                AnyAcceptable = true;
                for (var c = 0; c < countries; c++) Ideal[c] = Math.Max(Ideal[c], utilities[c]);
                var nash = BargainingScores.NashProduct(utilities, space.Reservations);
                if (Improves(nash, bestNash)) (bestNash, Nash) = (nash, k);
                var weighted = uniform ? nash : BargainingScores.WeightedNashProduct(utilities, space.Reservations, exponents);
                if (Improves(weighted, bestWeighted)) (bestWeighted, WeightedNash) = (weighted, k);
            }

            changedFrom = issues - 1;
            while (changedFrom >= 0 && ++choices[changedFrom] == space.OptionCounts[changedFrom])
                choices[changedFrom--] = 0;
            if (changedFrom < 0) break;
        }
    }

    /// <summary>Strictly better beyond rounding noise, so ties keep the earlier outcome.</summary>
    public static bool Improves(double candidate, double best) =>
        double.IsNegativeInfinity(best) ? !double.IsNegativeInfinity(candidate) : candidate > best + 1e-12 * Math.Abs(best);
}
