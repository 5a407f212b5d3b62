using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Bidding;
using TechPact.Negotiation.Negotiators.Opponents;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Negotiators;

public class OpponentModelTests
{
    [Fact]
    public void The_frequency_model_weighs_what_a_party_keeps_asking_for_and_values_what_it_asks_for_often()
    {
        // Issue 0 never changes (always option 2); issue 1 changes every time.
        var positions = new[] { new Package([2, 0]), new Package([2, 1]), new Package([2, 2]) };
        var estimate = FrequencyModel.Estimate(positions, [3, 3]);

        // Two unchanged steps on issue 0: (0.5 + 0.1) / 1.1, then + 0.1 and renormalised.
        var afterOne = (0.5 + 0.1) / 1.1;
        Assert.Equal((afterOne + 0.1) / 1.1, estimate.Weights[0], 12);
        Assert.Equal(1.0, estimate.Weights.Sum(), 12);
        Assert.Equal([0.25, 0.25, 1.0], estimate.Values[0].ToArray());       // counts 1, 1, 4
        Assert.Equal([1.0, 1.0, 1.0], estimate.Values[1].ToArray());         // counts 2, 2, 2
    }

    [Fact]
    public void Nothing_said_means_equal_weights_and_values()
    {
        var estimate = FrequencyModel.Estimate([], [2, 4]);
        Assert.Equal([0.5, 0.5], estimate.Weights.ToArray());
        Assert.All(estimate.Values.SelectMany(v => v), v => Assert.Equal(1.0, v));
    }

    [Fact]
    public void A_bid_reaches_the_aspiration_with_the_move_that_costs_the_others_least()
    {
        var me = ScenarioBuilder.TwoParty().Build().Countries[0]; // data weight 0.6, chips 0.2, research 0.2
        var draft = new Package([0, 0, 0]);                        // worth 0.2 to A (chips "closed" = 1)
        IReadOnlyList<int>[] candidates = [[1, 2], [0], [1, 2]];
        // The others would lose 0.5 on data for "open" (2) but only 0.1 for "middle" (1): A needs 0.36 more, both reach it.
        double[][] othersLike = [[0.6, 0.5, 0.1], [0, 0, 0], [0, 0, 0]];
        var amendments = TradeOffBid.Amendments(me, draft, 0.56, candidates, othersLike, DeterministicRandom.For(1, "t", 1));
        Assert.Equal([1, Package.Open, Package.Open], amendments);
    }

    [Fact]
    public void Near_equal_bids_are_the_seeds_to_choose_so_seeds_give_different_asks()
    {
        var me = ScenarioBuilder.TwoParty().Build().Countries[0];
        var draft = new Package([0, 0, 0]);
        IReadOnlyList<int>[] candidates = [[1, 2], [0], [1, 2]];
        // A needs 0.2 more. Data "middle" (+0.36) costs the others 0.1 plus one rung, research "open" (+0.2)
        // 0.09 plus two rungs: 0.11 each, a tie the seed breaks.
        double[][] othersLike = [[0.5, 0.4, 0], [0, 0, 0], [0.5, 0.45, 0.41]];
        var asks = Enumerable.Range(0, 40).Select(seed =>
            string.Join(",", TradeOffBid.Amendments(me, draft, 0.4, candidates, othersLike, DeterministicRandom.For(seed, "t", 1)))).Distinct().ToList();
        Assert.True(asks.Count >= 2, string.Join(" | ", asks));
    }

    [Fact]
    public void Without_an_opponent_model_the_country_asks_for_the_nearest_committed_rung()
    {
        var scenario = ScenarioBuilder.TwoParty().Build();
        var none = scenario with { Countries = [.. scenario.Countries.Select(c => c with { Strategy = c.Strategy with { OpponentModel = OpponentModels.None } })] };
        var summit = SummitRunner.Run(none);
        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.Null(OpponentModels.OthersLike(OpponentModels.None, summit.NextRoundOrLast(), 0, [3, 3, 3]));
    }
}

internal static class SummitTestExtensions
{
    /// <summary>A context to hand an opponent model: the next round's, or an empty one when the summit is over.</summary>
    public static RoundContext NextRoundOrLast(this Summit summit) =>
        summit.IsOver ? new RoundContext(summit.Round, summit.Draft, summit.Commitments) { Positions = summit.State.Positions } : summit.NextRound();
}
