using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols;
using TechPact.Negotiation.Protocols.Text;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Coalitions;

/// <summary>A track's result feeds the text through its members' asks, and binds nobody else.</summary>
public class TrackTests
{
    /// <summary>Five rungs, three countries of equal power, no areas: the mediator's compromise is the plain
    /// mean of the positions. P and Q are on a track on "exports".</summary>
    private static readonly Scenario Five = new ScenarioBuilder()
        .Issue("exports", [], "0", "1", "2", "3", "4")
        .Country("P", 0, [1], [[0, 0.5, 0.8, 0.9, 1]])
        .Country("Q", 0, [1], [[0.5, 0.9, 1, 0, 0]])
        .Country("R", 0, [1], [[1, 0.5, 0, 0, 0]])
        .Build() with { Tracks = [new Track("p-q", "P–Q track", [0, 1], [0])] };

    private static CountryMove Move(string country, int? ask, params int[] committed) =>
        new(country, 1, false, 0, 1, [OptionSet.Of(committed)], [ask ?? Package.Open], 0);

    private static int Text(Scenario scenario, params CountryMove[] moves)
    {
        var setting = new SummitSetting(scenario, scenario.Rules, Leverage.Compute(scenario.Issues, scenario.Countries));
        var draft = new Package([0]);
        return Mediator.ReviseIssue(setting, 0, draft, moves, Mediator.Salience(setting, draft, moves, []));
    }

    [Fact]
    public void A_member_that_asks_for_a_change_asks_for_what_its_track_agreed()
    {
        // Asks 4, 2 and R content with the text's 0: mean 2. On the track P and Q have only "2" in common,
        // so P asks for that: mean (2 + 2 + 0) / 3 → rung 1.
        CountryMove[] moves = [Move("P", 4, 2, 3, 4), Move("Q", 2, 1, 2), Move("R", null, 0)];
        Assert.Equal(2, Text(Five with { Tracks = [] }, moves));
        Assert.Equal(1, Text(Five, moves));
    }

    [Fact]
    public void Nobody_outside_the_track_nor_a_member_content_with_the_text_is_bound_by_it()
    {
        // Q is content with the text's 0 although it could live with 2: its position stays 0; R's too.
        // P asks for the track's "2": (2 + 0 + 0) / 3 → rung 1, where without the track P's 4 gives rung 1 as well…
        CountryMove[] content = [Move("P", 4, 2, 3, 4), Move("Q", null, 0, 2), Move("R", null, 0)];
        Assert.Equal(1, Text(Five, content));
        // …and R's ask stays its own whatever the track agreed.
        CountryMove[] outsider = [Move("P", null, 2), Move("Q", null, 2), Move("R", 0, 0)];
        Assert.Equal(Text(Five with { Tracks = [] }, outsider), Text(Five, outsider));
    }

    [Fact]
    public void A_tracks_agreement_is_news_once_and_the_pact_stays_within_everyones_commitments()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(maxRounds: 12).Build();
        scenario = scenario with { Tracks = [new Track("a-b", "A–B track", [0, 1], [2])] };
        var summit = SummitRunner.Run(scenario);
        var agreed = summit.Transcript.OfType<TrackAgreed>().ToList();
        Assert.Single(agreed);
        Assert.Equal(("a-b", 2), (agreed[0].Track, agreed[0].Issue));
        Assert.Equal(SummitStatus.Agreement, summit.Status);
        var last = summit.Transcript.OfType<CountryAnswered>().Where(a => a.Round == summit.Round).Select(a => a.Move).ToList();
        for (var i = 0; i < scenario.Issues.Length; i++)
            Assert.All(last, m => Assert.True(m.Commitments[i].Contains(summit.Agreement[i])));
    }
}
