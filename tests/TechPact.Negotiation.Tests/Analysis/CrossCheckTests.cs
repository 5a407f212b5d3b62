using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Preferences;
using static TechPact.Negotiation.Tests.Analysis.ScenarioBuilder;

namespace TechPact.Negotiation.Tests.Analysis;

/// <summary>The analyzer against the naive reference on random scenarios, and the approximation
/// against the exact answer.</summary>
public class CrossCheckTests
{
    [Theory]
    [InlineData(1, 2, new[] { 4, 3, 5 })]
    [InlineData(2, 2, new[] { 2, 2, 2, 2, 2, 2 })]
    [InlineData(3, 3, new[] { 4, 4, 3 })]
    [InlineData(4, 4, new[] { 3, 3, 3, 2 })]
    public void Frontier_and_Nash_match_the_brute_force_reference(int seed, int countries, int[] options)
    {
        var scenario = Random(seed, countries, options);
        var all = BruteForce.All(scenario);
        var analysis = OutcomeAnalyzer.Analyze(scenario);

        Assert.Equal(BruteForce.Pareto(all), analysis.ParetoFrontier.Select(p => p.Package).ToHashSet());
        Assert.Equal(BruteForce.BestNashProduct(scenario, all), NashProduct(scenario, analysis.Nash!.Utilities), 12);
        Assert.Equal(all.Max(x => x.Utilities.Sum()), analysis.MaxWelfare.Utilities.Sum(), 12);
    }

    [Fact]
    public void Approximation_is_labelled_deterministic_and_close_to_exact()
    {
        var scenario = Random(5, 3, 6, 6, 6, 6, 6, 6);
        var exact = OutcomeAnalyzer.Analyze(scenario);
        var approximate = OutcomeAnalyzer.Analyze(scenario, exactLimit: 1000);
        var again = OutcomeAnalyzer.Analyze(scenario, exactLimit: 1000);

        Assert.True(exact.Exact);
        Assert.False(approximate.Exact);
        Assert.StartsWith("sampling+hill-climbing", approximate.Method);
        Assert.Equal(OutcomeAnalyzer.ApproximateSampleSize, approximate.SampleSize);
        Assert.Contains(approximate.Notes, n => n.StartsWith("Approximation"));
        Assert.Equal(approximate.Nash!.Package, again.Nash!.Package);
        Assert.Equal(approximate.ParetoFrontier.Select(p => p.Package), again.ParetoFrontier.Select(p => p.Package));
        Assert.True(NashProduct(scenario, approximate.Nash.Utilities) >= 0.99 * NashProduct(scenario, exact.Nash!.Utilities));
        Assert.Equal(exact.MaxWelfare.Utilities.Sum(), approximate.MaxWelfare.Utilities.Sum(), 12);
    }

    /// <summary>The approximation against exact enumeration on tables of many countries, where each country's
    /// ideal is climbed only from the random starts, its own best package and the welfare optimum: 8 countries,
    /// 6^7 = 279,936 outcomes (the 65,536 samples see about a fifth of them, so the climbs must find the rest),
    /// slack and tight reservations. Measured: every Nash point exact; every ideal exact with slack reservations, the
    /// worst at 98.3 % of the exact surplus with tight ones — the same as when every objective climbed from every
    /// start (docs/analysis.md).</summary>
    [Theory]
    [InlineData(0.2)]
    [InlineData(0.45)]
    public void Approximation_finds_the_ideals_and_the_Nash_point_of_many_country_tables(double reservation)
    {
        var worstIdeal = 1.0;
        var worstNash = 1.0;
        for (var seed = 1; seed <= 3; seed++)
        {
            var random = Random(100 + seed, 8, 6, 6, 6, 6, 6, 6, 6);
            var scenario = random with { Countries = [.. random.Countries.Select(c => c with { Reservation = reservation })] };
            var acceptable = BruteForce.All(scenario).Where(x => x.Utilities.All(u => u >= reservation)).ToList();
            var approximate = OutcomeAnalyzer.Analyze(scenario, exactLimit: 1000);
            Assert.False(approximate.Exact);
            Assert.Equal(acceptable.Count > 0, approximate.AnyOutcomeClearsReservations);
            if (acceptable.Count == 0) continue;
            for (var c = 0; c < scenario.Countries.Length; c++)
            {
                var ideal = acceptable.Max(x => x.Utilities[c]);
                Assert.True(approximate.Ideal[c] <= ideal + 1e-12, "an approximate ideal can't beat the exact one");
                worstIdeal = Math.Min(worstIdeal, (approximate.Ideal[c] - reservation) / (ideal - reservation));
            }
            var nash = BruteForce.BestNashProduct(scenario, acceptable);
            worstNash = Math.Min(worstNash, NashProduct(scenario, approximate.Nash!.Utilities) / nash);
        }
        Assert.True(worstIdeal >= 0.98, $"worst ideal surplus found: {worstIdeal:P2} of the exact one");
        Assert.True(worstNash >= 0.95, $"worst Nash product found: {worstNash:P2} of the exact one");
    }

    [Fact]
    public void Huge_space_is_approximated_within_the_reported_bound()
    {
        var scenario = Random(6, 3, Enumerable.Repeat(10, 24).ToArray());
        var analysis = OutcomeAnalyzer.Analyze(scenario);

        Assert.Equal(System.Numerics.BigInteger.Pow(10, 24), analysis.OutcomeCount);
        Assert.False(analysis.Exact);
        Assert.InRange(NashProduct(scenario, analysis.Nash!.Utilities), 0, analysis.NashProductUpperBound);
    }

    /// <summary>Exactness up to the limit; how fast it is, is the benchmark's business.</summary>
    [Fact]
    public void A_million_outcomes_are_enumerated_exactly()
    {
        var analysis = OutcomeAnalyzer.Analyze(Random(9, 3, 10, 10, 10, 10, 10, 10));
        Assert.True(analysis.Exact);
        Assert.Equal(1_000_000, (long)analysis.OutcomeCount);
    }

    private static double NashProduct(Negotiation.Summits.Scenario scenario, IReadOnlyList<double> utilities) =>
        utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b);
}
