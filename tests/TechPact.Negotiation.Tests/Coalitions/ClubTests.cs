using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Coalitions;

public class ClubTests
{
    /// <summary>P and Q want the open standard from the start; R holds out for the closed one
    /// but concedes (Conceder) over time.</summary>
    private static Scenario Table(int threshold) => new ScenarioBuilder()
        .Issue("quantum", [], "national", "joint")
        .Country("P", 0.1, [1], [[0, 1]])
        .Country("Q", 0.1, [1], [[0, 1]])
        .Country("R", 0.1, [1], [[1, 0.3]], strategy: StrategySpec.Linear)
        .Rules(maxRounds: 10)
        .Build() with { ClubThreshold = threshold };

    [Fact]
    public void Two_of_three_committed_to_one_standard_form_a_club_and_the_third_accedes_later()
    {
        var summit = SummitRunner.Run(Table(threshold: 2));

        var formed = Assert.Single(summit.Transcript.OfType<ClubFormed>());
        Assert.Equal(1, formed.Round);
        Assert.Equal(1, formed.Club.Option);
        Assert.Equal([0, 1], formed.Club.Members.ToArray());
        var joined = Assert.Single(summit.Transcript.OfType<ClubJoined>());
        Assert.Equal("R", joined.Country);
        Assert.True(joined.Round > 1);

        // Everyone ends on the club's standard, so the pact itself binds all three.
        Assert.Equal(1, summit.Agreement[0]);
        Assert.Empty(summit.Transcript.OfType<SummitConcluded>().Single().Clubs);
    }

    [Fact]
    public void Where_the_table_leaves_an_issue_open_the_pact_names_the_clubs_members()
    {
        var scenario = new ScenarioBuilder()
            .Issue("quantum", [], "national", "joint")
            .Country("P", 0.1, [1], [[0, 1]])
            .Country("Q", 0.1, [1], [[0, 1]])
            .Country("R", 0.1, [1], [[1, 0.3]], redLines: new() { [0] = [1] })
            .Rules(maxRounds: 6)
            .Build() with { ClubThreshold = 2 };

        var summit = SummitRunner.Run(scenario);

        Assert.Equal(SummitStatus.NoAgreement, summit.Status);
        var club = Assert.Single(summit.Transcript.OfType<SummitConcluded>().Single().Clubs);
        Assert.Equal((0, 1), (club.Issue, club.Option));
        Assert.Equal([0, 1], club.Members.ToArray());
    }

    [Fact]
    public void Without_a_threshold_no_club_forms()
    {
        Assert.Empty(SummitRunner.Run(Table(threshold: 0)).Transcript.OfType<ClubFormed>());
    }

    [Fact]
    public void A_threshold_nobody_reaches_forms_no_club()
    {
        Assert.Empty(SummitRunner.Run(Table(threshold: 4)).Transcript.OfType<ClubFormed>());
    }
}
