namespace TechPact.Negotiation.Analysis;

/// <summary>Maps a scenario's outcome space: Pareto frontier, Nash, leverage-weighted Nash,
/// Kalai–Smorodinsky and maximum welfare, and how an agreement compares. Pure and deterministic:
/// the approximation beyond <c>exactLimit</c> outcomes draws only on the scenario's seed.</summary>
public static class OutcomeAnalyzer
{
    public const long DefaultExactLimit = 1_000_000;
    public const int ApproximateSampleSize = 65_536;
    public const int ApproximateRandomStarts = 32;

    /// <param name="progress">Told the share of the work done (0..1) as the approximation goes; it can take seconds on a large table.</param>
    public static OutcomeAnalysis Analyze(Scenario scenario, Package? agreement = null, long exactLimit = DefaultExactLimit,
        Action<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Countries.IsDefaultOrEmpty) throw new ArgumentException("The scenario has no countries.", nameof(scenario));
        if (scenario.Issues.Any(i => i.Options.IsDefaultOrEmpty))
            throw new ArgumentException("Every issue needs at least one option.", nameof(scenario));
        if (agreement is not null) CheckShape(scenario, agreement);

        var space = new OutcomeSpace(scenario);
        var found = ExactEnumeration.Fits(space, exactLimit) ? Exhaustive(space) : Approximate(space, progress);
        progress?.Invoke(1.0);
        var acceptable = found.Nash is not null;
        var notes = ImmutableArray.CreateBuilder<string>();
        if (!acceptable)
            notes.Add("No outcome clears every reservation" + (found.Exact ? "" : " among those evaluated") +
                      " without crossing a red line: Nash, weighted Nash and Kalai–Smorodinsky are undefined.");
        if (!found.Exact)
            notes.Add($"Approximation: {space.Count} outcomes exceed the exact limit of {exactLimit}; " +
                      "frontier and solutions are the best among the outcomes evaluated.");

        var nash = found.Nash is null ? null : Point(scenario, "nash", found.Nash);
        return new OutcomeAnalysis(space.Count, found.Exact, found.Method, found.Evaluated, found.SampleSize, found.Starts,
            found.Frontier.Select(p => Point(scenario, "pareto", p)).ToImmutableArray(),
            acceptable, [.. space.Reservations], acceptable ? [.. found.Ideal] : [], space.LeverageExponents,
            nash,
            found.WeightedNash is null ? null : Point(scenario, "leverage-weighted-nash", found.WeightedNash),
            found.KalaiSmorodinsky is null ? null : Point(scenario, "kalai-smorodinsky", found.KalaiSmorodinsky),
            Point(scenario, "max-welfare", found.MaxWelfare),
            NashUpperBound(space),
            agreement is null ? null : AgreementReview.Assess(space, found.Frontier, found.Exact, agreement, nash),
            notes.ToImmutable());
    }

    /// <summary>The analysis of the space (made without an agreement, or with another) with
    /// <paramref name="agreement"/> placed in it: the same result <see cref="Analyze"/> gives with the agreement,
    /// without searching the space again. What lets one analysis of a table serve every report of it.</summary>
    public static OutcomeAnalysis Assess(Scenario scenario, OutcomeAnalysis analysis, Package agreement)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        CheckShape(scenario, agreement);
        var frontier = analysis.ParetoFrontier.Select(p => p.Package.Choices.ToArray()).ToList();
        return analysis with { Agreement = AgreementReview.Assess(new OutcomeSpace(scenario), frontier, analysis.Exact, agreement, analysis.Nash) };
    }

    private static void CheckShape(Scenario scenario, Package agreement)
    {
        if (agreement.Count != scenario.Issues.Length)
            throw new ArgumentException($"The agreement has {agreement.Count} choices for {scenario.Issues.Length} issues.", nameof(agreement));
        for (var i = 0; i < agreement.Count; i++)
            if (agreement[i] != Package.Open && (agreement[i] < 0 || agreement[i] >= scenario.Issues[i].Options.Length))
                throw new ArgumentException($"The agreement picks option {agreement[i]} on issue {scenario.Issues[i].Id}, which has no such option.", nameof(agreement));
    }

    internal static SolutionPoint Point(Scenario scenario, string name, int[] choices) => Point(scenario.Countries, name, choices);

    internal static SolutionPoint Point(ImmutableArray<CountryProfile> countries, string name, int[] choices)
    {
        var package = new Package([.. choices]);
        return new SolutionPoint(name, package, countries.Select(c => Utility.Of(c, package)).ToImmutableArray());
    }

    /// <summary>Π (best_c − r_c) with each country's unconstrained best, which bounds every
    /// outcome's Nash product from above.</summary>
    private static double NashUpperBound(OutcomeSpace space)
    {
        var bound = 1.0;
        var unit = new double[space.CountryCount];
        var utilities = new double[space.CountryCount];
        for (var c = 0; c < space.CountryCount; c++)
        {
            Array.Clear(unit);
            unit[c] = 1;
            space.Evaluate(space.SeparableArgmax(unit), utilities);
            bound *= Math.Max(0, utilities[c] - space.Reservations[c]);
        }
        return bound;
    }

    private static SearchResult Exhaustive(OutcomeSpace space)
    {
        var scan = ExactEnumeration.Run(space);
        var ids = new long[(long)space.Count];
        for (var k = 0; k < ids.Length; k++) ids[k] = k;
        var frontier = ParetoFrontier.Find(scan.Utilities, ids, space.CountryCount)
            .Select(k => Choices(space.Decode(k))).ToList();
        var nash = scan.Nash < 0 ? null : Choices(space.Decode(scan.Nash));
        return new SearchResult(true, "exhaustive", ids.Length, 0, 0, frontier, scan.Ideal,
            Choices(space.Decode(scan.MaxWelfare)), nash,
            scan.WeightedNash < 0 ? null : Choices(space.Decode(scan.WeightedNash)),
            nash is null ? null : SolutionSearch.KalaiSmorodinsky(space, frontier, scan.Ideal));
    }

    private static SearchResult Approximate(OutcomeSpace space, Action<double>? progress) =>
        SolutionSearch.Approximate(space, ApproximateSampleSize, ApproximateRandomStarts, progress);

    private static int[] Choices(Package package) => [.. package.Choices];
}
