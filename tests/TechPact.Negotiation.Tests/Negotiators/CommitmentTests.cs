using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Negotiators;

public class CommitmentTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Commitments_only_ever_grow(long seed)
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(seed, maxRounds: 20).Build();
        var answers = SummitRunner.Run(scenario).Transcript.OfType<CountryAnswered>().Select(a => a.Move).ToList();

        foreach (var country in scenario.Countries.Select(c => c.Id))
        {
            var history = answers.Where(m => m.Country == country).OrderBy(m => m.Round).ToList();
            Assert.True(history.Count > 1);
            foreach (var (before, after) in history.Zip(history.Skip(1), (b, a) => (b, a)))
                for (var i = 0; i < scenario.Issues.Length; i++)
                    Assert.True(after.Commitments[i].IsSupersetOf(before.Commitments[i]),
                        $"{country} withdrew on issue {i} in round {after.Round}");
        }
    }

    [Fact]
    public void The_summit_refuses_a_move_that_withdraws_a_commitment()
    {
        var scenario = ScenarioBuilder.TwoParty().Build();
        var summit = Summit.Open(scenario, scenario.Rules);
        var countries = summit.Briefs().Select(b => new CountryNegotiator(b)).ToArray();
        var context = summit.NextRound();
        summit = summit.Apply(countries.Select(c => c.Respond(context)).ToArray());

        var next = summit.NextRound();
        var moves = countries.Select(c => c.Respond(next)).ToArray();
        var nothing = Enumerable.Repeat(OptionSet.Empty, scenario.Issues.Length).ToImmutableArray();
        moves[0] = moves[0] with { Commitments = nothing };

        Assert.Throws<InvalidOperationException>(() => summit.Apply(moves));
    }

    [Fact]
    public void Accepting_the_draft_commits_to_every_option_in_it()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(maxRounds: 20).Build();
        var accepted = SummitRunner.Run(scenario).Transcript.OfType<CountryAnswered>().Select(a => a.Move)
            .Where(m => m.Accepts).ToList();
        var drafts = SummitRunner.Run(scenario).Transcript.OfType<DraftRevised>().ToDictionary(d => d.Round + 1, d => d.Draft);
        drafts[1] = SummitRunner.Run(scenario).Transcript.OfType<SummitOpened>().Single().Draft;

        Assert.NotEmpty(accepted);
        foreach (var move in accepted)
            for (var i = 0; i < scenario.Issues.Length; i++)
                Assert.True(move.Commitments[i].Contains(drafts[move.Round][i]));
    }
}
