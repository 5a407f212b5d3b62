using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Properties;

/// <summary>The monotonic concession protocol on thousands of seeded random domains with red lines.</summary>
public class ZeuthenProperties
{
    public const int Trials = 2000;

    /// <summary>Harsanyi's result, with bargaining power: two parties following the (power-weighted) Zeuthen
    /// rule end at the maximum of the asymmetric Nash product Π (U_c − r_c)^β_c over every package both
    /// accept; with equal strengths (β = 1) that is the plain Nash product. The deadline (200 rounds) is
    /// long enough for the concessions to finish.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_parties_end_at_the_asymmetric_Nash_product_maximum(bool equalStrengths)
    {
        var checkedCases = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var scenario = RandomDomains.Create(trial, "zeuthen", 2, 2, maxRounds: 200, equalStrengths: equalStrengths);
            var analysis = OutcomeAnalyzer.Analyze(scenario);
            var target = equalStrengths ? analysis.Nash : analysis.LeverageWeightedNash;
            if (target is null) continue;
            if (equalStrengths) Assert.All(analysis.LeverageExponents, b => Assert.Equal(1.0, b));
            checkedCases++;
            var summit = SummitRunner.Run(scenario);
            Assert.True(summit.Status == SummitStatus.Agreement, $"trial {trial}: {summit.Status}");
            var reached = Product(scenario, analysis, summit.UtilitiesOf(summit.Agreement));
            var best = Product(scenario, analysis, target.Utilities);
            Assert.True(Math.Abs(best - reached) <= 1e-12, $"trial {trial}: product {reached} < {best} ({summit.Agreement} vs {target.Package})");
        }
        Assert.True(checkedCases > Trials * 9 / 10, $"only {checkedCases} domains had an agreement zone");
    }

    /// <summary>Agreement whenever some package clears every reservation and crosses no red line, with 2–6
    /// parties and the usual 12-round deadline: proposals come only from the bargaining set, and in the last
    /// round everyone takes any proposal that clears its reservation.</summary>
    [Fact]
    public void Monotonic_concession_agrees_whenever_the_zone_of_agreement_is_non_empty()
    {
        var zones = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var scenario = RandomDomains.Create(trial, "zeuthen");
            var zone = OutcomeAnalyzer.Analyze(scenario).AnyOutcomeClearsReservations;
            var summit = SummitRunner.Run(scenario);
            if (!zone)
            {
                Assert.NotEqual(SummitStatus.Agreement, summit.Status);
                continue;
            }
            zones++;
            Assert.True(summit.Status == SummitStatus.Agreement, $"trial {trial} ({scenario.Countries.Length} parties): {summit.Status} after {summit.Round}");
        }
        Assert.True(zones > Trials / 2, $"only {zones} domains had an agreement zone");
    }

    private static double Product(Scenario scenario, OutcomeAnalysis analysis, IReadOnlyList<double> utilities) =>
        utilities.Select((u, c) => Math.Pow(u - scenario.Countries[c].Reservation, analysis.LeverageExponents[c])).Aggregate(1.0, (a, b) => a * b);
}
