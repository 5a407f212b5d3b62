using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Summits;

public class ForkTests
{
    private static readonly Scenario Scenario = ScenarioBuilder.TwoParty().Rules(seed: 7, maxRounds: 12, noise: 0.2).Build();

    /// <summary>The parent run rebuilt from its own moves up to round K, as `techpact fork` does.</summary>
    private static Summit At(Summit parent, int round) => SummitReplay.Rebuild(Scenario, Scenario.Rules,
        parent.Transcript.Where(e => e is CountryAnswered a && a.Round <= round));

    private static string Before(Summit summit) => TranscriptText.Of(summit.Transcript.TakeWhile(e => e is not SummitForked));

    private static string After(Summit summit, int round) =>
        TranscriptText.Of(summit.Transcript.SkipWhile(e => e is not SummitForked).Skip(1).Where(e => e.Round > round));

    private static string ParentAfter(Summit parent, int round) =>
        TranscriptText.Of(parent.Transcript.Where(e => e.Round > round && e is not SummitOpened));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_fork_keeps_the_history_to_round_K_and_records_itself(int k)
    {
        var parent = SummitRunner.Run(Scenario);
        Assert.True(parent.Round > 3, "the fixture must run past round 3");

        var fork = SummitRunner.Continue(At(parent, k).Fork(Scenario.Rules with { Seed = 8 }, []));

        Assert.Equal(TranscriptText.Of(At(parent, k).Transcript), Before(fork));
        var forked = Assert.Single(fork.Transcript.OfType<SummitForked>());
        Assert.Equal((k, 7L, 8L), (forked.Round, forked.ParentSeed, forked.Seed));
        Assert.NotEqual(ParentAfter(parent, k), After(fork, k));
    }

    [Fact]
    public void A_fork_under_the_same_rules_and_no_events_continues_exactly_as_the_parent()
    {
        var parent = SummitRunner.Run(Scenario);
        var fork = SummitRunner.Continue(At(parent, 2).Fork(Scenario.Rules, []));

        Assert.Equal(ParentAfter(parent, 2), After(fork, 2));
    }

    [Fact]
    public void An_injected_event_fires_in_its_round_and_changes_what_follows()
    {
        var parent = SummitRunner.Run(Scenario);
        var inject = new ScenarioEvent(4, "shock", "A raises its floor", [new ReservationChange("A", 0.6)]);

        var fork = SummitRunner.Continue(At(parent, 2).Fork(Scenario.Rules, [inject]));

        var fired = Assert.Single(fork.Transcript.OfType<EventFired>());
        Assert.Equal((4, "shock"), (fired.Round, fired.Event.Id));
        Assert.Equal(0.6, fork.Scenario.Countries[0].Reservation);
        Assert.NotEqual(ParentAfter(parent, 2), After(fork, 2));
    }

    [Fact]
    public void An_event_for_the_next_round_fires_at_the_fork_itself()
    {
        var parent = SummitRunner.Run(Scenario);
        var inject = new ScenarioEvent(3, "now", "at once", [new ReservationChange("B", 0.5)]);

        var fork = At(parent, 2).Fork(Scenario.Rules, [inject]);

        Assert.IsType<EventFired>(fork.Transcript[^1]);
        Assert.Equal(0.5, fork.Scenario.Countries[1].Reservation);
    }

    [Fact]
    public void A_forked_transcript_rebuilds_to_the_same_summit()
    {
        var parent = SummitRunner.Run(Scenario);
        var inject = new ScenarioEvent(5, "shock", "t", [new PriorityChange("B", 0, 0.7)]);
        var fork = SummitRunner.Continue(At(parent, 3).Fork(Scenario.Rules with { Seed = 99 }, [inject]));

        var rebuilt = SummitReplay.Rebuild(Scenario, Scenario.Rules, fork.Transcript);

        Assert.Equal(TranscriptText.Of(fork.Transcript), TranscriptText.Of(rebuilt.Transcript));
    }

    [Fact]
    public void Forks_that_cannot_be_are_refused()
    {
        var parent = SummitRunner.Run(Scenario);
        var at2 = At(parent, 2);

        Assert.Throws<InvalidOperationException>(() => parent.Fork(Scenario.Rules, []));
        Assert.Throws<ArgumentException>(() => at2.Fork(Scenario.Rules, [new ScenarioEvent(2, "late", "t", [])]));
        Assert.Throws<ArgumentException>(() => at2.Fork(Scenario.Rules with { Protocol = "partial-consensus" }, []));
        Assert.Throws<ArgumentException>(() => at2.Fork(Scenario.Rules with { MaxRounds = 2 }, []));
    }
}
