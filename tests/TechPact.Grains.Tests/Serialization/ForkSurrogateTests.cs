using System.Collections.Immutable;
using TechPact.Contracts.Summits;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Grains.Tests.Serialization;

/// <summary>A forked transcript crosses the wire whole: the opening's scenario and noise, the fork and its events.</summary>
public sealed class ForkSurrogateTests
{
    [Fact]
    public void A_forked_transcript_round_trips_to_the_same_jsonl()
    {
        var scenario = SmallSummit.Create();
        var country = scenario.Countries[0].Id;
        var inject = new ScenarioEvent(3, "shock", "t", [new ReservationChange(country, 0.25), new PriorityChange(country, 0, 0.5)]);
        var fork = SummitRunner.Continue(Summit.Open(scenario, scenario.Rules).Fork(scenario.Rules with { Seed = 3 }, [inject]));
        var transcript = fork.Transcript.ToImmutableArray();

        var copy = Wire.RoundTrip(transcript);

        var forked = Assert.IsType<SummitForked>(copy[1]);
        Assert.Equal((0, scenario.Rules.Seed, 3L), (forked.Round, forked.ParentSeed, forked.Seed));
        Assert.NotNull(Assert.IsType<SummitOpened>(copy[0]).Source);
        Assert.Equal(TranscriptJsonl.Write(fork.Scenario, transcript), TranscriptJsonl.Write(fork.Scenario, copy));
    }
}
