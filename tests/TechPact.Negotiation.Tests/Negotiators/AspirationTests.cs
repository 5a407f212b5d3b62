using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Negotiators;

public class AspirationTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void Aspiration_starts_at_one_and_ends_at_the_reservation(double e)
    {
        Assert.Equal(1.0, TimeDependentStrategy.Curve(0, 0.4, e), 12);
        Assert.Equal(0.4, TimeDependentStrategy.Curve(1, 0.4, e), 12);
    }

    [Fact]
    public void Boulware_holds_firm_linear_concedes_evenly_conceder_gives_early()
    {
        var boulware = TimeDependentStrategy.Curve(0.5, 0.2, StrategySpec.Boulware.Exponent);
        var linear = TimeDependentStrategy.Curve(0.5, 0.2, StrategySpec.Linear.Exponent);
        var conceder = TimeDependentStrategy.Curve(0.5, 0.2, StrategySpec.Conceder.Exponent);

        Assert.Equal(0.6, linear, 12); // 0.2 + 0.8 · (1 − 0.5)
        Assert.Equal(0.2 + 0.8 * (1 - Math.Pow(0.5, 1 / 0.3)), boulware, 12);
        Assert.True(boulware > linear && linear > conceder);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void Aspiration_never_rises_over_time(double e)
    {
        var curve = Enumerable.Range(0, 101).Select(k => TimeDependentStrategy.Curve(k / 100.0, 0.3, e)).ToArray();
        Assert.All(curve.Zip(curve.Skip(1)), pair => Assert.True(pair.Second <= pair.First));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void With_equal_leverage_issue_floors_together_never_fall_below_the_package_aspiration(double time)
    {
        var scenario = ScenarioBuilder.TwoParty().Build();
        var summit = Summit.Open(scenario, scenario.Rules);
        foreach (var brief in summit.Briefs())
        {
            var negotiator = new BoaNegotiator(brief);
            var me = brief.Profile;
            var aspiration = TimeDependentStrategy.Curve(time, me.Reservation, me.Strategy.Exponent);
            var guaranteed = Enumerable.Range(0, me.Weights.Length).Sum(i => me.Weights[i] * negotiator.IssueFloor(i, aspiration));
            Assert.True(guaranteed >= aspiration - 1e-12, $"{me.Id} at {time}: {guaranteed} < {aspiration}");
            Assert.True(guaranteed >= me.Reservation - 1e-12);
        }
    }

    [Fact]
    public void A_stronger_country_concedes_more_slowly_on_that_issue()
    {
        var strong = new Dictionary<string, double> { ["cloud"] = 0.9 };
        var weak = new Dictionary<string, double> { ["cloud"] = 0.1 };
        double FloorOfA(Dictionary<string, double> strengthOfA)
        {
            var scenario = new ScenarioBuilder()
                .Issue("data", ["cloud"], "closed", "middle", "open")
                .Country("A", 0.2, [1], [[0, 0.5, 1]], strengthOfA)
                .Country("B", 0.2, [1], [[1, 0.5, 0]], new() { ["cloud"] = 0.5 })
                .Build();
            var brief = Summit.Open(scenario, scenario.Rules).Briefs()[0];
            return new BoaNegotiator(brief).IssueFloor(0, aspiration: 0.6);
        }

        Assert.True(FloorOfA(strong) > FloorOfA(weak));
    }
}
