using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols.Text;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Linkage;

public class LedgerTests
{
    /// <summary>A cares most about "chips", B about "data", and on each they want opposite ends;
    /// C wants the middle of both, and with everyone's asks spread the mediator's compromise sits in the
    /// middle: A and B can each move the text their way on what they care about most by backing the other's ask.</summary>
    private static Scenario Table(bool logrolling) => new ScenarioBuilder()
        .Issue("chips", ["x"], "a", "b", "c")
        .Issue("data", ["x"], "a", "b", "c")
        .Country("A", 0.3, [4, 1], [[1, 0.5, 0], [1, 0.5, 0]], new() { ["x"] = 0.5 }, StrategySpec.Boulware)
        .Country("B", 0.3, [1, 4], [[0, 0.5, 1], [0, 0.5, 1]], new() { ["x"] = 0.5 }, StrategySpec.Boulware)
        .Country("C", 0.3, [1, 1], [[0, 1, 0], [0, 1, 0]], new() { ["x"] = 0.5 })
        .Rules(maxRounds: 10)
        .Build() with { Logrolling = logrolling };

    [Fact]
    public void Trades_are_recorded_as_pairs_that_raise_both_traders_utility_of_the_next_text()
    {
        var summit = SummitRunner.Run(Table(logrolling: true));
        var trades = summit.Transcript.OfType<TradeAgreed>().ToList();

        Assert.NotEmpty(trades);
        Assert.Equal(trades.Count * 2, summit.State.Ledger.Count);
        foreach (var t in trades)
        {
            Assert.Equal(t.First.Giver, t.Second.Receiver);
            Assert.Equal(t.Second.Giver, t.First.Receiver);
            Assert.Equal((t.First.Issue, t.First.Option), (t.Second.ForIssue, t.Second.ForOption));
            Assert.Equal((t.Second.Issue, t.Second.Option), (t.First.ForIssue, t.First.ForOption));
            var (a, b) = (summit.Scenario.CountryIndex(t.First.Giver), summit.Scenario.CountryIndex(t.Second.Giver));
            Assert.Equal(t.Effects[a], t.First.UtilityGained - t.First.UtilityGiven, 12);
            Assert.Equal(t.Effects[b], t.Second.UtilityGained - t.Second.UtilityGiven, 12);
            Assert.True(t.Effects[a] > 0 && t.Effects[b] > 0);
        }
    }

    /// <summary>The ledger's figures are the counterfactual: rebuild the table as it stood when the trade
    /// was made, draft the mediator's next text from the same answers without the trade, and every
    /// country's recorded gain or cost is its utility of the real next text minus that one.</summary>
    [Fact]
    public void Every_countrys_recorded_effect_is_the_next_text_with_the_trade_against_without_it()
    {
        var summit = SummitRunner.Run(Table(logrolling: true));
        foreach (var round in summit.Transcript.OfType<TradeAgreed>().GroupBy(t => t.Round))
        {
            var trade = Assert.Single(round);
            var before = SummitReplay.RebuildThrough(summit.Scenario, summit.Rules, summit.Transcript, round.Key - 1);
            var answers = summit.Transcript.OfType<CountryAnswered>().Where(a => a.Round == round.Key).Select(a => a.Move).ToList();
            var without = Mediator.Revise(before.Setting, before.Draft, answers, before.State.Positions);
            var with = summit.Transcript.OfType<DraftRevised>().Single(d => d.Round == round.Key).Draft;
            Assert.NotEqual(without, with);
            for (var c = 0; c < summit.Scenario.Countries.Length; c++)
            {
                var country = before.Scenario.Countries[c];
                Assert.Equal(Utility.Of(country, with) - Utility.Of(country, without), trade.Effects[c], 12);
            }
        }
    }

    [Fact]
    public void The_first_trade_swaps_each_sides_priority_issue_and_the_third_party_carries_its_cost()
    {
        var trade = SummitRunner.Run(Table(logrolling: true)).Transcript.OfType<TradeAgreed>().First();
        Assert.Equal(1, trade.Round);
        Assert.Equal(("A", "data", "c", "chips", "a"), (trade.First.Giver, trade.First.Issue, trade.First.Option, trade.First.ForIssue, trade.First.ForOption));
        // The next text moves from (b, b) to (a, c): A gains 0.8 × (1 − 0.5) on chips and gives 0.2 × 0.5 on
        // data; B the mirror image; C, who wanted the middle of both, loses 0.5 + 0.5.
        Assert.Equal(0.1, trade.First.UtilityGiven, 12);
        Assert.Equal(0.4, trade.First.UtilityGained, 12);
        Assert.Equal([0.3, 0.3, -1.0], trade.Effects.Select(e => Math.Round(e, 12)));
    }

    [Fact]
    public void Without_logrolling_there_is_no_ledger()
    {
        Assert.Empty(SummitRunner.Run(Table(logrolling: false)).State.Ledger);
    }
}
