using TechPact.Contracts.Summits;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Scenarios.Global;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Grains.Tests.Cluster;

/// <summary>The 193-country summit runs on grains, one per UN member, and ends within a small
/// round cap with the very transcript the pure engine writes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GlobalSummitGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_global_summit_finishes_on_grains_as_it_does_in_the_pure_engine()
    {
        var scenario = GlobalSummitGenerator.Generate(maxRounds: 3);
        var expected = SummitRunner.Run(scenario);
        var summit = fixture.Client.GetGrain<ISummitGrain>($"global-{Guid.NewGuid():N}");

        await summit.Open(scenario, scenario.Rules);
        var view = await summit.RunToEnd();

        Assert.True(view.IsOver);
        Assert.InRange(view.Round, 1, 3);
        Assert.Equal(193, view.Countries.Length);
        Assert.Equal(expected.Status, view.Status);
        Assert.Equal(expected.Agreement, view.Agreement);
        var transcript = await summit.GetTranscript();
        Assert.Equal(TranscriptJsonl.Write(scenario, expected.Transcript), TranscriptJsonl.Write(scenario, transcript));
    }
}
