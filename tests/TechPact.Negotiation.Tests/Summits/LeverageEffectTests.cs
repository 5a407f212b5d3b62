using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Summits;

/// <summary>Strengths must matter: a country that grows stronger in an issue's areas never ends
/// up with a worse option on that issue.</summary>
public class LeverageEffectTests
{
    private static Scenario Table(double strengthOfA, long seed) => new ScenarioBuilder()
        .Issue("chips", ["memory"], "national", "coordinated", "joint", "pooled")
        .Issue("data", ["cloud"], "local", "safeguards", "free")
        .Issue("research", ["science"], "national", "bilateral", "consortium")
        .Country("A", 0.25, [2, 1, 1], [[1, 0.7, 0.3, 0], [0, 0.5, 1], [0, 0.6, 1]],
            new() { ["memory"] = strengthOfA, ["cloud"] = 0.5, ["science"] = 0.5 })
        .Country("B", 0.25, [2, 1, 1], [[0, 0.3, 0.7, 1], [1, 0.6, 0], [0, 0.5, 1]],
            new() { ["memory"] = 0.5, ["cloud"] = 0.5, ["science"] = 0.5 })
        .Country("C", 0.25, [1, 2, 1], [[0, 0.5, 1, 0.8], [0.2, 1, 0.6], [1, 0.5, 0]],
            new() { ["memory"] = 0.5, ["cloud"] = 0.5, ["science"] = 0.5 })
        .Rules(seed, maxRounds: 12)
        .Build();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Raising_a_countrys_strength_on_an_issue_never_worsens_its_outcome_there(long seed)
    {
        var valueForA = new List<double>();
        foreach (var strength in new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })
        {
            var scenario = Table(strength, seed);
            var summit = SummitRunner.Run(scenario);
            Assert.True(summit.Agreement[0] != Outcomes.Package.Open, $"strength {strength}: {summit.Status} {summit.Agreement}");
            valueForA.Add(scenario.Countries[0].Values[0][summit.Agreement[0]]);
        }
        Assert.True(valueForA.Zip(valueForA.Skip(1)).All(p => p.Second >= p.First),
            "A's value on chips by strength: " + string.Join(", ", valueForA));
        Assert.True(valueForA[^1] > valueForA[0], "strength should make a difference somewhere on the range");
    }
}
