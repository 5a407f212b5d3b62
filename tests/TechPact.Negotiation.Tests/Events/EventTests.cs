using System.Collections.Immutable;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Events;

public class EventTests
{
    private static Scenario WithEvents(params ScenarioEvent[] events) =>
        ScenarioBuilder.TwoParty().Rules(maxRounds: 12).Build() with { Events = [.. events] };

    private static ScenarioEvent At(int round, params EventEffect[] effects) => new(round, $"e{round}", "inject", [.. effects]);

    [Fact]
    public void An_event_fires_at_the_start_of_its_round_and_is_in_the_transcript()
    {
        var summit = SummitRunner.Run(WithEvents(At(3, new ReservationChange("A", 0.1))));
        var fired = Assert.Single(summit.Transcript.OfType<EventFired>());
        Assert.Equal(3, fired.Round);
        var before = summit.Transcript.TakeWhile(e => e is not EventFired).OfType<CountryAnswered>().Max(a => a.Round);
        Assert.Equal(2, before);
    }

    [Fact]
    public void A_priority_change_reweighs_the_other_issues_to_keep_the_sum_one()
    {
        var scenario = WithEvents();
        var (changed, _, _) = EventEffects.Apply(At(1, new PriorityChange("A", 1, 0.5)), scenario,
            [.. scenario.Countries.Select(_ => ImmutableArray.Create(Outcomes.OptionSet.Empty, Outcomes.OptionSet.Empty, Outcomes.OptionSet.Empty))], []);
        var weights = changed.Countries[0].Weights;
        Assert.Equal(0.5, weights[1], 12);
        Assert.Equal(1.0, weights.Sum(), 12);
        Assert.Equal(3.0, weights[0] / weights[2], 12); // the others keep their proportions (0.6 : 0.2)
    }

    [Fact]
    public void A_new_red_line_releases_the_commitment_it_forbids()
    {
        var summit = SummitRunner.Run(WithEvents(At(4, new RedLineAdded("A", 0, 1))));
        var laterMoves = summit.Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == "A" && a.Round >= 4);
        Assert.All(laterMoves, a => Assert.False(a.Move.Commitments[0].Contains(1)));
        Assert.NotEqual(1, summit.Agreement[0]);
    }

    [Fact]
    public void A_party_that_joins_answers_from_its_first_round_on()
    {
        var builder = ScenarioBuilder.TwoParty();
        var newcomer = builder.Profile("C", 0.2, [1, 1, 1], [[0.5, 1, 0.5], [0.5, 1, 0.5], [0, 0.5, 1]]);
        var scenario = builder.Rules(maxRounds: 12).Build() with { Events = [At(2, new PartyJoins(newcomer))] };

        var summit = SummitRunner.Run(scenario);
        var answers = summit.Transcript.OfType<CountryAnswered>().ToList();
        Assert.DoesNotContain(answers, a => a.Move.Country == "C" && a.Round < 2);
        Assert.Contains(answers, a => a.Move.Country == "C" && a.Round == 2);
        Assert.Equal(3, summit.Scenario.Countries.Length);
    }

    [Fact]
    public void An_event_changes_the_course_of_the_run()
    {
        var quiet = SummitRunner.Run(WithEvents());
        var shaken = SummitRunner.Run(WithEvents(At(2, new ReservationChange("A", 0.7), new ReservationChange("B", 0.7))));
        Assert.NotEqual(TranscriptText.Of(quiet.Transcript.Where(e => e is not EventFired)),
            TranscriptText.Of(shaken.Transcript.Where(e => e is not EventFired)));
    }
}
