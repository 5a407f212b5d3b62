using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Genius;
using Xunit.Abstractions;

namespace TechPact.Scenarios.Tests.Genius;

/// <summary>Harsanyi (1956): two parties following the Zeuthen rule end at the Nash bargaining
/// solution. Checked on every two-party GENIUS domain: the agreement's Nash product must equal the
/// maximum over the whole outcome space (docs/protocols.md discusses when a discrete space could
/// stop it short; on these domains it never does).</summary>
public class ZeuthenOnGeniusTests(ITestOutputHelper output)
{
    [TheoryRequiringSharedGenius]
    [InlineData("EnglandZimbabwe")]
    [InlineData("ItexvsCypress")]
    [InlineData("Travel")]
    [InlineData("Amsterdam")]
    [InlineData("Laptop")]
    [InlineData("IS_BT_Acquisition")]
    public void Zeuthen_ends_at_or_next_to_the_Nash_point(string domain)
    {
        var imported = GeniusImporter.ImportFolder(SharedGenius.Domain(domain), new GeniusImportOptions(IgnoreDiscount: true)).Scenario!;
        var scenario = imported with { Rules = imported.Rules with { Protocol = "zeuthen", MaxRounds = 500 } };
        var nash = OutcomeAnalyzer.Analyze(scenario).Nash!;

        var summit = SummitRunner.Run(scenario);

        Assert.Equal(SummitStatus.Agreement, summit.Status);
        var reached = Product(scenario, summit.UtilitiesOf(summit.Agreement));
        var best = Product(scenario, nash.Utilities);
        output.WriteLine($"{domain}: {summit.Round} rounds, Nash product {reached:R} of {best:R} ({reached / best:P2}); " +
                         $"ended at Nash: {summit.Agreement.Equals(nash.Package)}");
        Assert.Equal(best, reached, 12);
    }

    private static double Product(Scenario scenario, IReadOnlyList<double> utilities) =>
        utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b);
}
