using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Summits;

public class ConvergenceTests
{
    [Fact]
    public void Compatible_interests_reach_an_agreement_that_clears_every_reservation()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(maxRounds: 12).Build();
        var summit = SummitRunner.Run(scenario);

        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.True(summit.Round <= 12);
        Assert.True(summit.Agreement.IsComplete);
        foreach (var country in scenario.Countries)
            Assert.True(Utility.Of(country, summit.Agreement) >= country.Reservation);
        var lastMoves = summit.Transcript.OfType<CountryAnswered>().Where(a => a.Round == summit.Round).Select(a => a.Move);
        foreach (var move in lastMoves)
            for (var i = 0; i < scenario.Issues.Length; i++)
                Assert.True(move.Commitments[i].Contains(summit.Agreement[i]), "the pact holds only committed options");
    }

    [Fact]
    public void Red_lines_on_both_sides_of_every_option_end_in_no_agreement_at_the_deadline()
    {
        var scenario = new ScenarioBuilder()
            .Issue("x", [], "a", "b")
            .Country("P", 0.1, [1], [[0, 1]], redLines: new() { [0] = [0] })
            .Country("Q", 0.1, [1], [[1, 0]], redLines: new() { [0] = [1] })
            .Rules(maxRounds: 6)
            .Build();
        var summit = SummitRunner.Run(scenario);

        Assert.Equal(SummitStatus.NoAgreement, summit.Status);
        Assert.Equal(6, summit.Round);
        Assert.Equal(Package.Open, summit.Agreement[0]);
    }

    [Fact]
    public void A_deadline_with_some_issues_converged_is_a_partial_pact_of_those_issues()
    {
        var scenario = new ScenarioBuilder()
            .Issue("easy", [], "a", "b")
            .Issue("blocked", [], "a", "b")
            .Country("P", 0.1, [1, 1], [[0, 1], [0, 1]], redLines: new() { [1] = [0] })
            .Country("Q", 0.1, [1, 1], [[0.2, 1], [1, 0]], redLines: new() { [1] = [1] })
            .Rules(maxRounds: 5)
            .Build();
        var summit = SummitRunner.Run(scenario);

        Assert.Equal(SummitStatus.Partial, summit.Status);
        Assert.Equal(1, summit.Agreement[0]);
        Assert.Equal(Package.Open, summit.Agreement[1]);
    }

    [Fact]
    public void A_summit_that_is_over_opens_no_more_rounds()
    {
        var summit = SummitRunner.Run(ScenarioBuilder.TwoParty().Build());
        Assert.True(summit.IsOver);
        Assert.Throws<InvalidOperationException>(() => { summit.NextRound(); });
    }
}
