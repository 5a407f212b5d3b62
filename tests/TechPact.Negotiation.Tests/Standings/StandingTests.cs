using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Standings;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Standings;

/// <summary>The two entry points of the one standing model (a live summit, a transcript read back) tell the same story.</summary>
public class StandingTests
{
    [Fact]
    public void Before_round_one_every_country_rates_the_opening_draft_and_nobody_has_answered()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(seed: 3, maxRounds: 8).Build();
        var summit = Summit.Open(scenario, scenario.Rules);
        var standing = Standing.Of(summit);

        Assert.Equal(0, standing.Round);
        Assert.False(standing.IsOver);
        Assert.Null(standing.Agreement);
        Assert.Empty(standing.ConvergedIssues);
        Assert.All(standing.Countries, line =>
        {
            Assert.Null(line.Answer);
            Assert.False(line.Accepts);
            Assert.Equal(Utility.Of(line.Country, summit.Draft), line.Utility);
            Assert.Equal(line.Utility, line.AnsweredUtility);
        });
        Assert.Equal(standing with { Table = scenario }, Standing.After(scenario, summit.Transcript, 0) with { Table = scenario },
            new StandingComparer());
    }

    [Fact]
    public void After_every_round_the_transcript_gives_the_standing_the_summit_has()
    {
        var rounds = 0;
        for (var trial = 0; trial < 40; trial++)
        {
            var scenario = RandomDomains.Create(trial, NegotiationRules.SingleNegotiatingText);
            SummitRunner.Run(scenario, onTurn: summit =>
            {
                if (!summit.BetweenRounds) return;
                rounds++;
                var live = Standing.Of(summit);
                var replayed = Standing.After(scenario, summit.Transcript, summit.Round);
                Assert.Equal(live.Round, replayed.Round);
                Assert.Equal(live.Status, replayed.Status);
                Assert.Equal(live.Converged.ToArray(), replayed.Converged.ToArray());
                Assert.Equal(live.Agreement, replayed.Agreement);
                Assert.Equal(live.AgreementUtilities.Select(BitConverter.DoubleToInt64Bits), replayed.AgreementUtilities.Select(BitConverter.DoubleToInt64Bits));
                // A replay's text is the pact once concluded; the summit's is the last draft it tabled.
                Assert.Equal(live.Agreement ?? live.Draft, replayed.Draft);
                Assert.Equal(live.Countries.Select(l => (l.Country.Id, l.Answer, l.LastAnswer, l.Accepts)),
                    replayed.Countries.Select(l => (l.Country.Id, l.Answer, l.LastAnswer, l.Accepts)));
                Assert.All(live.Countries, l => Assert.Equal(l.Answer!.DraftUtility, l.AnsweredUtility));
                Assert.All(replayed.Countries, l => Assert.Equal(Utility.Of(l.Country, replayed.Draft), l.Utility));
            });
        }
        Assert.True(rounds > 40, $"only {rounds} rounds were compared");
    }

    [Fact]
    public void A_later_round_in_the_transcript_does_not_leak_into_an_earlier_standing()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(seed: 5, maxRounds: 10).Build();
        var done = SummitRunner.Run(scenario);
        Assert.True(done.Round >= 2, "the fixture needs two rounds");

        var first = Standing.After(scenario, done.Transcript, 1);

        Assert.Equal(1, first.Round);
        Assert.Equal(done.IsOver && done.Round == 1, first.IsOver);
        Assert.All(first.Countries, l => Assert.Equal(1, l.Answer!.Round));
        var revised = done.Transcript.OfType<DraftRevised>().First(r => r.Round == 1);
        Assert.Equal(revised.Draft, first.Draft);
        Assert.Equal(revised.Converged.ToArray(), first.Converged.ToArray());
    }

    /// <summary>Records holding immutable arrays compare those by reference; this compares what a reader sees.</summary>
    private sealed class StandingComparer : IEqualityComparer<Standing>
    {
        public bool Equals(Standing? x, Standing? y) =>
            x is not null && y is not null && x.Round == y.Round && x.Status == y.Status && Equals(x.Draft, y.Draft)
            && x.Converged.SequenceEqual(y.Converged) && Equals(x.Agreement, y.Agreement)
            && x.AgreementUtilities.SequenceEqual(y.AgreementUtilities) && x.Countries.SequenceEqual(y.Countries);

        public int GetHashCode(Standing obj) => obj.Round;
    }
}
