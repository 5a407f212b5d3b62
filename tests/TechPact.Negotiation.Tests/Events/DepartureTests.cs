using System.Collections.Immutable;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Events;

/// <summary>A country walking out: its seat stays (no index moves) but is absent — no moves, no veto, no
/// red lines, no part in the text, the vote, clubs or tracks — and its utility is still reported.</summary>
public class DepartureTests
{
    /// <summary>A and B can agree; C has declared a red line against every option on "data", so while it is
    /// at the table no package is acceptable to all.</summary>
    private static Scenario Blocked(string protocol, params ScenarioEvent[] events)
    {
        var builder = ScenarioBuilder.TwoParty().Rules(maxRounds: 14, protocol: protocol)
            .Country("C", 0.3, [1, 1, 1], [[0.5, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 1, 0.5]],
                new Dictionary<string, double> { ["cloud"] = 0.9, ["memory"] = 0.9, ["science"] = 0.9 },
                redLines: new() { [0] = [0, 1, 2] });
        return builder.Build() with { Events = [.. events] };
    }

    private static ScenarioEvent Walkout(int round) => new(round, "walkout", "C walks out", [new PartyLeaves("C")]);

    public static TheoryData<string> Protocols => ["single-negotiating-text", "partial-consensus", "alternating-offers", "zeuthen"];

    [Theory]
    [MemberData(nameof(Protocols))]
    public void A_country_that_blocks_every_pact_blocks_it_no_more_once_it_leaves(string protocol)
    {
        var stays = SummitRunner.Run(Blocked(protocol));
        Assert.NotEqual(SummitStatus.Agreement, stays.Status);

        var leaves = SummitRunner.Run(Blocked(protocol, Walkout(3)));
        Assert.Equal(SummitStatus.Agreement, leaves.Status);
        // The pact is the others': it crosses C's red line, and it is worth at least no deal to A and B.
        Assert.True(Utility.CrossesRedLine(leaves.Scenario.Countries[2], leaves.Agreement));
        foreach (var c in leaves.Scenario.Countries.Take(2)) Assert.True(Utility.Of(c, leaves.Agreement) >= c.Reservation);
        // C made moves before it left and none after; its utility is still reported, in its seat.
        var answers = leaves.Transcript.OfType<CountryAnswered>().ToList();
        Assert.Contains(answers, a => a.Move.Country == "C" && a.Round == 2);
        Assert.DoesNotContain(answers, a => a.Move.Country == "C" && a.Round >= 3);
        var concluded = leaves.Transcript.OfType<SummitConcluded>().Single();
        Assert.Equal(3, concluded.Utilities.Length);
        Assert.Equal(Utility.Of(leaves.Scenario.Countries[2], leaves.Agreement), concluded.Utilities[2], 12);
        Assert.Equal([2], leaves.Setting.Absent);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void A_run_with_a_departure_replays_from_its_transcript(string protocol)
    {
        var run = SummitRunner.Run(Blocked(protocol, Walkout(3)));
        var rebuilt = SummitReplay.Rebuild(Blocked(protocol, Walkout(3)), run.Rules, run.Transcript);
        Assert.Equal(Lines(run.Transcript), Lines(rebuilt.Transcript));
        Assert.Equal(run.Agreement, rebuilt.Agreement);
    }

    /// <summary>The transcript compared by what it says (its records hold arrays, which compare by reference).</summary>
    private static IEnumerable<string> Lines(IEnumerable<TranscriptEvent> transcript) => transcript.Select(e => e switch
    {
        CountryAnswered a => $"{a.Round} {a.Move.Country} {a.Move.Aspiration:R} {string.Join(",", a.Move.Commitments.Select(c => c.Bits))}",
        DraftRevised d => $"{d.Round} draft {d.Draft}",
        SummitConcluded c => $"{c.Round} {c.Status} {c.Agreement} {string.Join(",", c.Utilities)}",
        _ => $"{e.Round} {e.GetType().Name}",
    });

    [Fact]
    public void A_departure_by_fork_takes_effect_in_the_next_round()
    {
        var scenario = Blocked("single-negotiating-text");
        var at = SummitRunner.Continue(Summit.Open(scenario, scenario.Rules), untilRound: 4);
        var forked = SummitRunner.Continue(at.Fork(at.Rules, [Walkout(5)]));
        Assert.Equal(SummitStatus.Agreement, forked.Status);
        Assert.DoesNotContain(forked.Transcript.OfType<CountryAnswered>(), a => a.Move.Country == "C" && a.Round >= 5);
        Assert.Equal(Lines(forked.Transcript), Lines(SummitReplay.Rebuild(scenario, scenario.Rules, forked.Transcript).Transcript));
    }

    [Fact]
    public void In_turns_the_absent_seat_is_passed_over_and_everyone_else_keeps_their_place()
    {
        var run = SummitRunner.Run(Blocked("alternating-offers", Walkout(3)));
        foreach (var round in run.Transcript.OfType<CountryAnswered>().GroupBy(a => a.Round).Where(g => g.Key >= 3 && g.Key < run.Round))
            Assert.Equal(["A", "B"], round.Select(a => a.Move.Country).Order());
    }

    [Fact]
    public void A_country_leaves_its_clubs_and_tracks()
    {
        var scenario = Blocked("single-negotiating-text", Walkout(3)) with
        {
            ClubThreshold = 2,
            Tracks = [new TechPact.Negotiation.Coalitions.Track("ac", "A and C", [0, 2], [1])],
        };
        var run = SummitRunner.Run(scenario);
        Assert.All(run.Transcript.OfType<SummitConcluded>().Single().Clubs, c => Assert.DoesNotContain(2, c.Members));
        Assert.DoesNotContain(run.Transcript.OfType<ClubJoined>(), j => j.Country == "C" && j.Round >= 3);
    }

    [Fact]
    public void Leaving_twice_or_leaving_fewer_than_two_at_the_table_is_refused()
    {
        var scenario = Blocked("single-negotiating-text");
        var commitments = scenario.Countries.Select(_ => scenario.Issues.Select(_ => OptionSet.Empty).ToImmutableArray()).ToImmutableArray();
        var (_, _, absent) = EventEffects.Apply(Walkout(2), scenario, commitments, []);
        Assert.Contains("already left", Assert.Throws<ArgumentException>(() => EventEffects.Apply(Walkout(3), scenario, commitments, absent)).Message);
        var b = new ScenarioEvent(3, "b", "B walks out", [new PartyLeaves("B")]);
        Assert.Contains("two countries", Assert.Throws<ArgumentException>(() => EventEffects.Apply(b, scenario, commitments, absent)).Message);
        Assert.Equal(new Dictionary<string, int> { ["C"] = 2 }, EventEffects.Departures([new EventFired(2, Walkout(2))]));
    }

    /// <summary>The standing says who has left, from the round the walkout fires, whether it is read off the
    /// summit or off its transcript.</summary>
    [Fact]
    public void The_standing_marks_a_country_as_left_from_the_round_it_walks_out()
    {
        var opening = Blocked("single-negotiating-text", Walkout(3));
        var summit = SummitRunner.Run(opening);
        Assert.True(TechPact.Negotiation.Standings.Standing.Of(summit).Countries[2].Left);
        Assert.False(TechPact.Negotiation.Standings.Standing.Of(summit).Countries[0].Left);
        for (var round = 0; round <= summit.Round; round++)
            Assert.Equal(round >= 3, TechPact.Negotiation.Standings.Standing.After(opening, summit.Transcript, round).Countries[2].Left);
    }
}
