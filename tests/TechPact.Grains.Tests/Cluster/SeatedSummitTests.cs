using System.Collections.Immutable;
using TechPact.Contracts;
using TechPact.Contracts.Countries;
using TechPact.Contracts.Seats;
using TechPact.Contracts.Summits;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;

namespace TechPact.Grains.Tests.Cluster;

/// <summary>A summit with a person's seat on the grains: rounds wait for the person, the transcript only
/// ever grows (watchers are sent its tail), and a submitted answer survives its grains' deactivation.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SeatedSummitTests(ClusterFixture fixture)
{
    private const string Token = "the-us-token";

    private static readonly SeatAnswer Favourites = new(false,
    [
        new("data-flows", ["free-flow"]), new("ai-exports", ["allied-zone"]), new("sensitive-tech", ["common-list"]),
        new("research-sharing", ["consortium"]), new("chip-supply", ["friend-shoring"]), new("quantum-standards", ["joint-body"]),
        new("future-networks", ["common-spec-trusted-vendors"]), new("market-access", ["mutual-recognition"]),
    ]);

    private async Task<(ISummitGrain Summit, Scenario Scenario)> OpenAsync()
    {
        var scenario = ScenarioLoader.LoadFile(SeedScenario.Path).Scenario!;
        var summit = fixture.Client.GetGrain<ISummitGrain>($"seated-{Guid.NewGuid():N}");
        var plan = new SeatPlan(ImmutableDictionary<string, SeatSpec>.Empty.Add("US", SeatSpec.Person("student")), SeatPlan.DefaultMoveTime, TimeSpan.FromMinutes(10));
        await summit.Open(scenario, scenario.Rules, plan);
        await summit.TakeSeat("US", SeatSpec.Person("student"), Token, "", null);
        return (summit, scenario);
    }

    [Fact]
    public async Task A_round_waits_for_the_person_and_the_transcript_only_grows()
    {
        var (summit, scenario) = await OpenAsync();
        var seen = new List<ImmutableArray<TranscriptEvent>> { await summit.GetTranscript() };
        Assert.Null(await summit.StartRound(1));
        Assert.Null(await summit.WaitForRound(1, 1));
        Assert.Equal(["US"], (await summit.GetView()).Waiting.AsEnumerable());

        var bad = await Assert.ThrowsAsync<Refusal>(() => summit.Submit("US", Token, 1, new SeatAnswer(false, [new("data-flows", ["open-skies"])])));
        Assert.Equal(RefusalKind.Invalid, bad.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await Assert.ThrowsAsync<Refusal>(() => summit.Submit("US", "wrong", 1, Favourites))).Kind);
        await summit.Submit("US", Token, 1, Favourites);
        Assert.Equal(1, (await summit.WaitForRound(1, 10))!.Round);
        seen.Add(await summit.GetTranscript());

        // Round 2: the instructor closes it early (marked), an event is injected, then the seat goes to the AI for good.
        await summit.Inject(TechPact.Scenarios.Transcripts.EventSyntax.Parse(
            "{round: 3, id: fire, title: A fab fire, effects: [{reservation: {country: KR, value: 0.3}}]}", scenario, 1));
        Assert.Null(await summit.StartRound(2));
        await summit.CloseRound();
        seen.Add(await summit.GetTranscript());
        await summit.TakeSeat("US", SeatSpec.Strategy("boulware"), null, "the student left", null);
        var view = await summit.RunToEnd();
        seen.Add(await summit.GetTranscript());

        Assert.True(view.IsOver);
        var final = seen[^1];
        var table = TechPact.Negotiation.Events.EventEffects.ScenarioAfter(scenario, final);
        var lines = TranscriptJsonl.Write(table, final);
        foreach (var earlier in seen) Assert.StartsWith(TranscriptJsonl.Write(table, earlier), lines);
        var marker = Assert.Single(final.OfType<SeatPlayedByAi>());
        Assert.Equal((2, "US", SeatFault.ClosedEarly), (marker.Round, marker.Country, marker.Fault));
        Assert.Contains(final, e => e is EventFired { Event.Id: "fire", Round: 3 });
        Assert.Contains(final, e => e is SeatTaken { Country: "US", Kind: SeatKind.Strategy, Round: 3 });
        var us = final.OfType<CountryAnswered>().Single(a => a.Round == 1 && a.Move.Country == "US").Move;
        Assert.All(us.Commitments, set => Assert.Equal(1, set.Count));
        // The log rebuilds the summit and writes the same lines.
        var log = await summit.GetLog();
        var rebuilt = SummitReplay.Rebuild(log.Scenario, log.Rules, log.Transcript);
        Assert.Equal(TranscriptJsonl.Write(rebuilt.Scenario, log.Transcript),
            TranscriptJsonl.Write(rebuilt.Scenario, SeatTranscript.Merge(rebuilt.Transcript, SeatTranscript.SeatLines(log.Transcript))));
    }

    [Fact]
    public async Task A_submitted_answer_survives_the_summit_and_the_country_being_deactivated()
    {
        var (summit, _) = await OpenAsync();
        // Two person seats, so the round stays open after the US answers.
        await summit.TakeSeat("JP", SeatSpec.Person("student"), "the-jp-token", "", null);
        Assert.Null(await summit.StartRound(1));
        await summit.Submit("US", Token, 1, Favourites);
        await summit.Submit("JP", "the-jp-token", 1, SeatAnswer.Nothing);
        Assert.Equal(1, (await summit.WaitForRound(1, 10))!.Round);
        Assert.Null(await summit.StartRound(2));
        await summit.Submit("US", Token, 2, new SeatAnswer(true, []));
        var deadline = (await summit.GetView()).Clock!.Deadline;

        await fixture.Cluster.DeactivateAsync(fixture.Client.GetGrain<ICountryGrain>(CountryKey.For(summit.GetPrimaryKeyString(), "US")));
        await fixture.Cluster.DeactivateAsync(summit);

        var again = await summit.GetSeat("US", Token);
        Assert.Equal(2, again.OpenRound);
        Assert.Equal(deadline, again.Clock.Deadline);
        Assert.NotNull(again.Submitted);
        Assert.Equal(["JP"], (await summit.GetView()).Waiting.AsEnumerable());
        await summit.Submit("JP", "the-jp-token", 2, SeatAnswer.Nothing);
        Assert.Equal(2, (await summit.WaitForRound(2, 10))!.Round);
        var transcript = await summit.GetTranscript();
        Assert.True(transcript.OfType<CountryAnswered>().Single(a => a.Round == 2 && a.Move.Country == "US").Move.Accepts);
        Assert.Empty(transcript.OfType<SeatPlayedByAi>());
    }
}
