using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Protocols;

public class PartialConsensusTests
{
    private static Scenario Table(string protocol) => new ScenarioBuilder()
        .Issue("easy", [], "a", "b", "c")
        .Issue("blocked", [], "a", "b")
        .Country("P", 0.1, [1, 1], [[0, 0.8, 1], [0, 1]], redLines: new() { [1] = [0] })
        .Country("Q", 0.1, [1, 1], [[0.3, 1, 0.9], [1, 0]], redLines: new() { [1] = [1] })
        .Rules(maxRounds: 8, protocol: protocol)
        .Build();

    [Fact]
    public void An_issue_settles_the_first_round_everyone_commits_and_never_reopens()
    {
        var summit = SummitRunner.Run(Table("partial-consensus"));
        var drafts = summit.Transcript.OfType<DraftRevised>().ToList();
        var first = drafts.First(d => d.Converged[0]);

        Assert.All(drafts.Where(d => d.Round >= first.Round), d => Assert.Equal(first.Draft[0], d.Draft[0]));
        Assert.Equal(first.Draft[0], summit.Agreement[0]);
    }

    [Fact]
    public void The_pact_lists_the_settled_standards_and_leaves_the_rest_open()
    {
        var summit = SummitRunner.Run(Table("partial-consensus"));
        Assert.Equal(SummitStatus.Partial, summit.Status);
        Assert.NotEqual(Package.Open, summit.Agreement[0]);
        Assert.Equal(Package.Open, summit.Agreement[1]);
    }

    [Fact]
    public void Two_party_compatible_interests_settle_every_issue()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(maxRounds: 12, protocol: "partial-consensus").Build();
        var summit = SummitRunner.Run(scenario);
        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.True(summit.Agreement.IsComplete);
    }
}
