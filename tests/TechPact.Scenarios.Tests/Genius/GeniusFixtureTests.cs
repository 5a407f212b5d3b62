using TechPact.Negotiation.Analysis;
using TechPact.Scenarios.Genius;

namespace TechPact.Scenarios.Tests.Genius;

/// <summary>The tiny fixture domain (Fixtures/tiny): Price low/mid/high, Delivery Time fast/slow.
/// Alice weights 3:1, Price 1,2,4, Delivery 5,0, reservation 0.2. Bob lists issues and items out of
/// order, weights ½:½, Price 4,2,1, Delivery fast 0 slow 3, no reservation.</summary>
public class GeniusFixtureTests
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "Genius", "Fixtures", "tiny");

    private static Negotiation.Summits.Scenario Import()
    {
        var result = GeniusImporter.ImportFolder(Tiny);
        Assert.Empty(result.Diagnostics);
        return result.Scenario!;
    }

    [Fact]
    public void Issues_and_options_follow_the_domain_file()
    {
        var scenario = Import();
        Assert.Equal("tiny", scenario.Id);
        Assert.Equal(["price", "delivery-time"], scenario.Issues.Select(i => i.Id));
        Assert.Equal("Delivery Time", scenario.Issues[1].Title);
        Assert.Equal(["low", "mid", "high"], scenario.Issues[0].Options.Select(o => o.Id));
        Assert.Equal("high", scenario.Issues[0].Options[2].Label);
        Assert.Equal("Delivery Time: slow", scenario.Issues[1].Options[1].Standard);
        Assert.Empty(scenario.Issues[0].Areas);
    }

    [Fact]
    public void Countries_come_from_the_profiles_with_GENIUS_normalisation()
    {
        var scenario = Import();
        Assert.Equal(["tiny_alice", "tiny_bob"], scenario.Countries.Select(c => c.Id));
        var alice = scenario.Countries[0];
        Assert.Equal([0.75, 0.25], alice.Weights.ToArray());
        Assert.Equal([0.25, 0.5, 1.0], alice.Values[0].ToArray());
        Assert.Equal([1.0, 0.0], alice.Values[1].ToArray());
        Assert.Equal(0.2, alice.Reservation);
        Assert.Equal("boulware", alice.Strategy.Name);
        Assert.Empty(alice.Strengths);

        var bob = scenario.Countries[1];
        Assert.Equal([0.5, 0.5], bob.Weights.ToArray());
        Assert.Equal([1.0, 0.5, 0.25], bob.Values[0].ToArray());
        Assert.Equal([0.0, 1.0], bob.Values[1].ToArray());
        Assert.Equal(0.0, bob.Reservation);
    }

    [Fact]
    public void Explicit_file_lists_import_the_same_scenario()
    {
        var result = GeniusImporter.Import(Path.Combine(Tiny, "tiny_domain.xml"),
            [Path.Combine(Tiny, "tiny_bob.xml"), Path.Combine(Tiny, "tiny_alice.xml")]);
        Assert.False(result.HasErrors);
        Assert.Equal("tiny-domain", result.Scenario!.Id);
        Assert.Equal(["tiny_bob", "tiny_alice"], result.Scenario.Countries.Select(c => c.Id));
    }

    [Fact]
    public void Imported_scenario_analyses_as_worked_out_by_hand()
    {
        // (A,B) utilities: low/fast .4375/.5, low/slow .1875/1, mid/fast .625/.25, mid/slow .375/.75,
        // high/fast 1/.125, high/slow .75/.625. Nash over Alice ≥ .2: high/slow, .55 × .625 = .34375.
        var analysis = OutcomeAnalyzer.Analyze(Import());
        Assert.Equal(6, (int)analysis.OutcomeCount);
        Assert.Equal([2, 1], analysis.Nash!.Package.Choices.ToArray());
        Assert.Equal([0.75, 0.625], analysis.Nash.Utilities.ToArray());
        Assert.Equal(4, analysis.ParetoFrontier.Length);
    }
}
