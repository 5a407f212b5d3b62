using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Genius;
using Xunit.Abstractions;

namespace TechPact.Scenarios.Tests.Genius;

/// <summary>The monotonic concession protocol on real GENIUS domains, imported as they are (discount
/// factors kept: a common discount scales every surplus of a round alike, so the Zeuthen risks and the
/// outcome do not change).</summary>
public class ZeuthenOnGeniusTests(ITestOutputHelper output)
{
    /// <summary>Harsanyi (1956): two parties following the Zeuthen rule end at the Nash bargaining
    /// solution. The agreement's Nash product must equal the maximum over the whole outcome space
    /// (docs/protocols.md discusses when a discrete space could stop it short; on these it never does).</summary>
    [TheoryRequiringSharedGenius]
    [InlineData("EnglandZimbabwe")]
    [InlineData("ItexvsCypress")]
    [InlineData("Travel")]
    [InlineData("Amsterdam")]
    [InlineData("Laptop")]
    [InlineData("IS_BT_Acquisition")]
    public void Two_parties_end_at_the_Nash_point(string domain)
    {
        var (scenario, summit) = Run(domain, maxRounds: 500);
        var nash = OutcomeAnalyzer.Analyze(scenario).Nash!;

        Assert.Equal(SummitStatus.Agreement, summit.Status);
        var reached = Product(scenario, summit.UtilitiesOf(summit.Agreement));
        var best = Product(scenario, nash.Utilities);
        output.WriteLine($"{domain}: {summit.Round} rounds, Nash product {reached:R} of {best:R} ({reached / best:P2}); " +
                         $"ended at Nash: {summit.Agreement.Equals(nash.Package)}");
        Assert.Equal(best, reached, 12);
    }

    /// <summary>Endriss (2006) multilateral: with three parties and the scenario format's default 12-round
    /// deadline, the table agrees (some package clears every reservation on each of these domains); how
    /// close it comes to the Nash point is reported, not asserted — the two-party theorem does not carry over.</summary>
    [TheoryRequiringSharedGenius]
    [InlineData("Atlas3")]
    [InlineData("AgentLightSmartGrid")]
    [InlineData("group2-politics")]
    [InlineData("group12-symposium")]
    public void Three_parties_agree_by_the_deadline(string domain)
    {
        var (scenario, summit) = Run(domain, maxRounds: 12);
        var analysis = OutcomeAnalyzer.Analyze(scenario);
        Assert.True(analysis.AnyOutcomeClearsReservations);

        Assert.Equal(SummitStatus.Agreement, summit.Status);
        var reached = Product(scenario, summit.UtilitiesOf(summit.Agreement));
        var best = Product(scenario, analysis.Nash!.Utilities);
        output.WriteLine($"{domain}: agreed in round {summit.Round} of 12; Nash product {reached:0.0000} of {best:0.0000} ({reached / best:P1}); " +
                         $"utilities {string.Join(" ", summit.UtilitiesOf(summit.Agreement).Select(u => u.ToString("0.000")))}");
    }

    private static (Scenario, Summit) Run(string domain, int maxRounds)
    {
        var result = GeniusImporter.ImportFolder(SharedGenius.Domain(domain), new GeniusImportOptions(MaxProfiles: 3));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var scenario = result.Scenario! with { Rules = result.Scenario!.Rules with { Protocol = "zeuthen", MaxRounds = maxRounds } };
        return (scenario, SummitRunner.Run(scenario));
    }

    private static double Product(Scenario scenario, IReadOnlyList<double> utilities) =>
        utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b);
}
