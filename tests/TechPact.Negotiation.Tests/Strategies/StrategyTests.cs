using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Strategies;

public class StrategyTests
{
    private static readonly CountryProfile Me = ScenarioBuilder.TwoParty().Build().Countries[0] with { Reservation = 0.2 };

    /// <summary>Country 0's input; <paramref name="risks"/> is what the table said last round (country 0 first).</summary>
    private static StrategyInput Input(double time = 0.5, double previous = 1, double draftUtility = 0.5, double[]? risks = null) =>
        new(time, Me, previous, draftUtility, 0, new RoundContext(2, Package.AllOpen(3), [])
        {
            Risks = risks is null ? [] : [.. risks],
        });

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
        // A values "data" (weight 3/5) from closed 0 to open 1; B opened committed to "closed" only and
        // now also to "open": A's best package from B's commitments rose by 3/5 · 1.
        var opening = ImmutableArray.Create(ImmutableArray.Create(OptionSet.Of(2), OptionSet.Of(0), OptionSet.Of(2)),
            ImmutableArray.Create(OptionSet.Of(0), OptionSet.Of(2), OptionSet.Of(2)));
        var now = opening.SetItem(1, opening[1].SetItem(0, OptionSet.Of(0, 2)));
        StrategyInput With(ImmutableArray<ImmutableArray<OptionSet>> commitments) =>
            Input() with { Table = new RoundContext(2, Package.AllOpen(3), commitments) { OpeningCommitments = opening } };

        Assert.Equal(0.6, TitForTatStrategy.Received(With(now)), 12);
        Assert.Equal(1 - 0.6 - TitForTatStrategy.Goodwill * 0.5, tft.Aspiration(With(now)), 12);
        Assert.Equal(1 - TitForTatStrategy.Goodwill * 0.5, tft.Aspiration(With(opening)), 12);
        // 1 − 0.6 − 0.1 = 0.3 at the deadline, but never below its reservation.
        Assert.Equal(0.35, tft.Aspiration(With(now) with { Time = 1, Profile = Me with { Reservation = 0.35 } }), 12);
    }

    [Fact]
    public void Zeuthen_comes_down_to_the_text_when_its_risk_is_lowest()
    {
        var zeuthen = new ZeuthenStrategy();
        // Its stated risk 0.4 was the lowest: it takes the text (worth 0.5 to it).
        Assert.Equal(0.5, zeuthen.Aspiration(Input(previous: 0.9, risks: [0.4, 0.5])), 12);
        Assert.Equal(0.9, zeuthen.Aspiration(Input(previous: 0.9, risks: [0.6, 0.5])), 12);
        // Alone in holding out: it takes the text too, but never below its reservation.
        Assert.Equal(0.5, zeuthen.Aspiration(Input(previous: 0.9, risks: [0.4, 0])), 12);
        Assert.Equal(0.2, zeuthen.Aspiration(Input(previous: 0.9, draftUtility: 0.1, risks: [0.4, 0.5])), 12);
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
