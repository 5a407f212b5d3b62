using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Linkage;

public class LedgerTests
{
    /// <summary>A cares most about "chips", B about "data", and on each they want opposite ends;
    /// C, strong in both, wants the middle and so holds the text there: A and B can each get
    /// more by backing the other's priority.</summary>
    private static Scenario Table(bool logrolling) => new ScenarioBuilder()
        .Issue("chips", ["x"], "a", "b", "c")
        .Issue("data", ["x"], "a", "b", "c")
        .Country("A", 0.3, [4, 1], [[1, 0.5, 0], [1, 0.5, 0]], new() { ["x"] = 0.2 }, StrategySpec.Boulware)
        .Country("B", 0.3, [1, 4], [[0, 0.5, 1], [0, 0.5, 1]], new() { ["x"] = 0.2 }, StrategySpec.Boulware)
        .Country("C", 0.3, [1, 1], [[0, 1, 0], [0, 1, 0]], new() { ["x"] = 1.0 })
        .Rules(maxRounds: 10)
        .Build() with { Logrolling = logrolling };

    [Fact]
    public void Trades_are_recorded_as_balanced_pairs_that_leave_both_sides_better_off()
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
            Assert.All(new[] { t.First, t.Second }, e => Assert.True(e.UtilityGained > e.UtilityGiven && e.UtilityGiven > 0));
        }
    }

    [Fact]
    public void The_first_trade_swaps_each_sides_priority_issue()
    {
        var trade = SummitRunner.Run(Table(logrolling: true)).Transcript.OfType<TradeAgreed>().First();
        Assert.Equal(1, trade.Round);
        Assert.Equal(("A", "data", "c", "chips", "a"), (trade.First.Giver, trade.First.Issue, trade.First.Option, trade.First.ForIssue, trade.First.ForOption));
        Assert.Equal(0.1, trade.First.UtilityGiven, 12);  // 0.2 weight × (0.5 − 0)
        Assert.Equal(0.4, trade.First.UtilityGained, 12); // 0.8 weight × (1 − 0.5)
    }

    [Fact]
    public void Without_logrolling_there_is_no_ledger()
    {
        Assert.Empty(SummitRunner.Run(Table(logrolling: false)).State.Ledger);
    }
}
