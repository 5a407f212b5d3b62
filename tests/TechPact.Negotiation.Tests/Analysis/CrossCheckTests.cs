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
