using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Summits;

public class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_an_identical_transcript()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(seed: 42, maxRounds: 15).Build();
        Assert.Equal(TranscriptText.Of(SummitRunner.Run(scenario).Transcript),
            TranscriptText.Of(SummitRunner.Run(scenario).Transcript));
    }

    [Fact]
    public void Different_seeds_give_different_runs()
    {
        var scenario = ScenarioBuilder.TwoParty().Rules(maxRounds: 15, noise: 0.3).Build();
        var transcripts = Enumerable.Range(1, 8)
            .Select(seed => TranscriptText.Of(SummitRunner.Run(scenario, scenario.RulesWith(seed: seed)).Transcript))
            .Distinct().Count();
        Assert.True(transcripts > 1);
    }
}
