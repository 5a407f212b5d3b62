namespace TechPact.Negotiation.Analysis;

/// <summary>Places the agreement a summit reached in the outcome space.</summary>
internal static class AgreementReview
{
    /// <param name="frontier">The frontier found, in the analysis's order; <paramref name="exact"/> when it is the whole space's.</param>
    public static AgreementAssessment Assess(OutcomeSpace space, IReadOnlyList<int[]> frontier, bool exact, Package agreement, SolutionPoint? nash)
    {
        var countries = space.Countries;
        var utilities = countries.Select(c => Utility.Of(c, agreement)).ToArray();
        var point = new SolutionPoint("agreement", agreement, [.. utilities]);
        var crosses = countries.Any(c => Utility.CrossesRedLine(c, agreement));
        var clears = !crosses && space.ClearsReservations(utilities);

        // Dominance is transitive on the comparison grid, so checking the frontier is enough.
        var grid = utilities.Select(ParetoFrontier.Quantise).ToArray();
        var dominator = frontier.FirstOrDefault(f => ParetoFrontier.Dominates(Grid(space, f), grid));
        if (dominator is null && !exact && agreement.IsComplete)
        {
            // The sampled frontier may miss a nearby improvement: try single-issue moves as well.
            var choices = agreement.Choices.ToArray();
            var polished = new HillClimber(space).Polish(choices);
            if (!polished.AsSpan().SequenceEqual(choices)) dominator = polished;
        }

        double? distance = nash is null
            ? null
            : Math.Sqrt(utilities.Select((u, c) => (u - nash.Utilities[c]) * (u - nash.Utilities[c])).Sum());
        return new AgreementAssessment(point, agreement.IsComplete, clears, dominator is null,
            dominator is null ? null : OutcomeAnalyzer.Point(countries, "dominating", dominator), distance);
    }

    private static long[] Grid(OutcomeSpace space, int[] choices)
    {
        var utilities = new double[space.CountryCount];
        space.Evaluate(choices, utilities);
        return utilities.Select(ParetoFrontier.Quantise).ToArray();
    }
}
