using TechPact.Contracts.Summits;

using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Grains.Tests.Cluster;

/// <summary>The grains host the engine without changing it: a summit run through the cluster writes
/// the very transcript and result that the pure runner writes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SummitGrainTests(ClusterFixture fixture)
{
    private ISummitGrain NewSummit() => fixture.Client.GetGrain<ISummitGrain>($"test-{Guid.NewGuid():N}");

    [Theory]
    [InlineData(7)]
    [InlineData(2025)]
    public async Task Round_by_round_run_matches_the_pure_run(long seed)
    {
        var scenario = SmallSummit.Create(seed);
        var expected = SummitRunner.Run(scenario);
        var summit = NewSummit();

        var opened = await summit.Open(scenario, scenario.Rules);
        Assert.Equal(0, opened.Round);
        Assert.Equal(SummitStatus.Running, opened.Status);
        RoundView round;
        do round = await summit.RunRound();
        while (round.Status == SummitStatus.Running);

        var transcript = await summit.GetTranscript();
        Assert.Equal(TranscriptJsonl.Write(scenario, expected.Transcript), TranscriptJsonl.Write(scenario, transcript));
        Assert.Equal(ResultJson.Write(scenario, expected.Transcript), ResultJson.Write(scenario, transcript));
        Assert.Equal(expected.Round, round.Round);
        Assert.Equal(expected.Status, round.Status);
    }

    /// <summary>Every protocol, with tracks, clubs, logrolling and events (a party joining
    /// mid-run) — the grains must still write exactly the pure engine's transcript.</summary>
    [Theory]
    [InlineData("single-negotiating-text")]
    [InlineData("alternating-offers")]
    [InlineData("partial-consensus")]
    [InlineData("zeuthen")]
    public async Task Every_protocol_with_every_feature_matches_the_pure_run(string protocol)
    {
        var scenario = SmallSummit.WithEverything(protocol);
        var expected = SummitRunner.Run(scenario);
        var final = expected.Scenario;
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);

        await summit.RunToEnd();

        var transcript = await summit.GetTranscript();
        Assert.Contains(transcript, e => e is EventFired { Event.Id: "taiwan" });
        Assert.Equal(TranscriptJsonl.Write(final, expected.Transcript), TranscriptJsonl.Write(final, transcript));
    }

    /// <summary>A country walking out of a table with tracks and clubs (Korea, in round 3, before Taiwan
    /// joins): the grains skip its absent seat as the pure loop does, under every protocol.</summary>
    [Theory]
    [InlineData("single-negotiating-text")]
    [InlineData("alternating-offers")]
    [InlineData("partial-consensus")]
    [InlineData("zeuthen")]
    public async Task A_departure_through_the_grains_matches_the_pure_run(string protocol)
    {
        var everything = SmallSummit.WithEverything(protocol);
        var scenario = everything with
        {
            Events = everything.Events.Add(new Negotiation.Events.ScenarioEvent(3, "walkout", "Korea walks out", [new Negotiation.Events.PartyLeaves("KR")])),
        };
        var expected = SummitRunner.Run(scenario);
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);

        await summit.RunToEnd();

        var transcript = await summit.GetTranscript();
        Assert.Contains(transcript, e => e is EventFired { Event.Id: "walkout" });
        Assert.Contains(transcript, e => e is CountryAnswered { Round: >= 3 });
        Assert.DoesNotContain(transcript, e => e is CountryAnswered { Move.Country: "KR", Round: >= 3 });
        Assert.Equal(TranscriptJsonl.Write(expected.Scenario, expected.Transcript), TranscriptJsonl.Write(expected.Scenario, transcript));
    }

    /// <summary>The seed scenario file, tracks, club, logroll and inject included: grains and pure
    /// engine write the same transcript and result.</summary>
    [Fact]
    public async Task The_seed_scenario_through_the_grains_matches_the_pure_run()
    {
        var scenario = TechPact.Scenarios.Loading.ScenarioLoader.LoadFile(SeedScenario.Path).Scenario!;
        var expected = SummitRunner.Run(scenario);
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);

        await summit.RunToEnd();

        var transcript = await summit.GetTranscript();
        Assert.Equal(TranscriptJsonl.Write(expected.Scenario, expected.Transcript), TranscriptJsonl.Write(expected.Scenario, transcript));
        Assert.Equal(new RunReport(expected.Scenario, expected.Transcript).ResultJson(), new RunReport(expected.Scenario, transcript).ResultJson());
    }

    /// <summary>The stored log replays to the same summit even when an event fires in round 1
    /// (a party joining at the opening must not join twice on reactivation).</summary>
    [Fact]
    public async Task The_stored_log_replays_to_the_same_summit_with_a_round_one_event()
    {
        var scenario = SmallSummit.WithEverything("single-negotiating-text");
        scenario = scenario with { Events = [.. scenario.Events.Select(e => e.Id == "taiwan" ? e with { Round = 1 } : e)] };
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);
        await summit.RunToEnd();

        var stored = await summit.GetLog();
        var rebuilt = SummitReplay.Rebuild(stored.Scenario, stored.Rules, stored.Transcript);

        Assert.Equal(4, rebuilt.Scenario.Countries.Length);
        Assert.Equal(TranscriptJsonl.Write(rebuilt.Scenario, stored.Transcript), TranscriptJsonl.Write(rebuilt.Scenario, rebuilt.Transcript));
    }

    [Fact]
    public async Task Seeds_lead_to_different_transcripts()
    {
        var first = await RunToEnd(SmallSummit.Create(7));
        var second = await RunToEnd(SmallSummit.Create(2025));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Run_to_end_reports_the_pact_and_utilities()
    {
        var scenario = SmallSummit.Create(7);
        var expected = SummitRunner.Run(scenario);
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);

        var view = await summit.RunToEnd();

        Assert.True(view.IsOver);
        Assert.Equal(expected.Agreement, view.Agreement);
        Assert.Equal(expected.UtilitiesOf(expected.Agreement).AsEnumerable(), view.AgreementUtilities.AsEnumerable());
        Assert.Equal(scenario.Countries.Select(c => c.Id), view.Countries.Select(c => c.CountryId));
        var current = await summit.GetView();
        Assert.Equal((view.Round, view.Status, view.Agreement), (current.Round, current.Status, current.Agreement));
    }

    [Fact]
    public async Task The_transcript_alone_rebuilds_the_summit()
    {
        var scenario = SmallSummit.Create(2025);
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);
        await summit.RunToEnd();
        var transcript = await summit.GetTranscript();

        var rebuilt = SummitReplay.Rebuild(scenario, scenario.Rules, transcript);

        Assert.Equal(TranscriptJsonl.Write(scenario, transcript), TranscriptJsonl.Write(scenario, rebuilt.Transcript));
    }

    [Fact]
    public async Task A_summit_opens_once_and_stops_when_over()
    {
        var scenario = SmallSummit.Create(7);
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);
        await Assert.ThrowsAsync<InvalidOperationException>(() => summit.Open(scenario, scenario.Rules));
        await summit.RunToEnd();
        await Assert.ThrowsAsync<InvalidOperationException>(() => summit.RunRound());
    }

    private async Task<string> RunToEnd(Scenario scenario)
    {
        var summit = NewSummit();
        await summit.Open(scenario, scenario.Rules);
        await summit.RunToEnd();
        return TranscriptJsonl.Write(scenario, await summit.GetTranscript());
    }
}
