using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Strategies;

public class StrategyTests
{
    private static StrategyInput Input(double time = 0.5, double received = 0, double previous = 1,
        double draftUtility = 0.5, bool lowestRisk = false, double nextRisk = 0) =>
        new(time, Reservation: 0.2, Exponent: 1, received, previous, draftUtility, lowestRisk, nextRisk);

    [Fact]
    public void Hardliner_never_lowers_its_demand()
    {
        var hardliner = new HardlinerStrategy();
        Assert.All(new[] { 0.0, 0.5, 1.0 }, t => Assert.Equal(1.0, hardliner.Aspiration(Input(time: t))));
    }

    [Fact]
    public void Tit_for_tat_gives_back_what_it_received_plus_a_little_goodwill()
    {
        var tft = new TitForTatStrategy();
        Assert.Equal(1 - 0.3 - TitForTatStrategy.Goodwill * 0.5, tft.Aspiration(Input(received: 0.3)), 12);
        Assert.Equal(1 - TitForTatStrategy.Goodwill * 0.5, tft.Aspiration(Input(received: 0)), 12);
        Assert.Equal(0.2, tft.Aspiration(Input(received: 0.95)), 12); // never below its reservation
    }

    [Fact]
    public void Zeuthen_concedes_just_enough_when_its_risk_is_lowest()
    {
        var zeuthen = new ZeuthenStrategy();
        // (a − 0.5) / (a − 0.2) = 0.5  ⇒  a = 0.8
        Assert.Equal(0.8, zeuthen.Aspiration(Input(previous: 0.9, lowestRisk: true, nextRisk: 0.5)), 12);
        Assert.Equal(0.9, zeuthen.Aspiration(Input(previous: 0.9, lowestRisk: false, nextRisk: 0.5)), 12);
        // Alone in holding out: it accepts the draft.
        Assert.Equal(0.5, zeuthen.Aspiration(Input(previous: 0.9, lowestRisk: true, nextRisk: 0)), 12);
    }

    [Fact]
    public void Unknown_strategies_are_refused_with_the_list_of_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyCatalog.For(new StrategySpec("bulware", 1)));
        Assert.Contains("boulware, linear, conceder, tit-for-tat, zeuthen, hardliner", error.Message);
    }

    [Theory]
    [InlineData("tit-for-tat")]
    [InlineData("zeuthen")]
    [InlineData("conceder")]
    public void Each_strategy_reaches_agreement_against_a_linear_partner(string name)
    {
        Assert.True(StrategyCatalog.TryGet(name, out var spec));
        var scenario = ScenarioBuilder.TwoParty(strategyOfA: spec).Rules(maxRounds: 20).Build();
        Assert.Equal(SummitStatus.Agreement, SummitRunner.Run(scenario).Status);
    }

    [Fact]
    public void A_hardliner_commits_to_nothing_but_its_favourites()
    {
        Assert.True(StrategyCatalog.TryGet("hardliner", out var hardliner));
        var scenario = ScenarioBuilder.TwoParty(strategyOfA: hardliner).Rules(maxRounds: 10).Build();
        var moves = SummitRunner.Run(scenario).Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == "A");
        Assert.All(moves, a => Assert.All(a.Move.Commitments, set => Assert.Equal(1, set.Count)));
    }
}
