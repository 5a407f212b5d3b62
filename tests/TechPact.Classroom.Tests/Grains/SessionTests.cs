using TechPact.Classroom.Tests.Fixtures;
using TechPact.Contracts.Classroom;
using TechPact.Contracts;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Classroom.Tests.Grains;

/// <summary>Sessions, seats, deadlines and the instructor's actions on the real grains, with a fake clock.</summary>
[Collection(ClassroomClusterCollection.Name)]
public sealed class SessionTests(ClassroomCluster cluster)
{
    /// <summary>The US asks for its favourite on every issue: a hard line a student might open with.</summary>
    public static readonly SeatAnswer UsOpening = new(false,
    [
        new("data-flows", ["free-flow"]), new("ai-exports", ["allied-zone"]), new("sensitive-tech", ["common-list"]),
        new("research-sharing", ["consortium"]), new("chip-supply", ["friend-shoring"]), new("quantum-standards", ["joint-body"]),
        new("future-networks", ["common-spec-trusted-vendors"]), new("market-access", ["mutual-recognition"]),
    ]);

    private async Task<SeatTicket> JoinAsync(IClassroomGrain grain, string instructor, int table, string country)
    {
        var console = await grain.GetConsole(instructor);
        var code = console.Seats.Single(s => s.Table == table && s.Country == country).JoinCode!;
        return await grain.Join(code.ToLowerInvariant().Insert(3, "-"), []); // typed loosely, as students do
    }

    private static int OpenRound(ClassroomSnapshot s, int table = 1) =>
        s.Tables.Single(t => t.Table == table).Transcript.OfType<DraftRevised>().Select(d => d.Round).DefaultIfEmpty(0).Max() + 1;

    [Fact]
    public async Task A_silent_seat_is_played_by_the_ai_when_the_deadline_passes_and_marked_so()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(deadlineSeconds: 60);
        await grain.Start(instructor);

        cluster.Time.Advance(TimeSpan.FromSeconds(59));
        await grain.CheckDeadlines();
        Assert.Equal(1, OpenRound(await grain.GetConsole(instructor)));

        cluster.Time.Advance(TimeSpan.FromSeconds(2));
        await grain.CheckDeadlines();
        var console = await grain.GetConsole(instructor);
        Assert.Equal(2, OpenRound(console));
        var transcript = console.Tables[0].Transcript;
        var marker = Assert.Single(transcript.OfType<SeatPlayedByAi>());
        Assert.Equal((1, "US"), (marker.Round, marker.Country));
        var next = transcript[transcript.IndexOf(marker) + 1];
        Assert.Equal("US", Assert.IsType<CountryAnswered>(next).Move.Country);
        Assert.Contains("\"type\":\"seat-played-by-ai\",\"round\":1,\"country\":\"US\"",
            TranscriptJsonl.Write(console.Tables[0].Opening, transcript));
    }

    [Fact]
    public async Task The_round_closes_as_soon_as_every_human_seat_has_answered()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        var us = await JoinAsync(grain, instructor, 1, "US");
        await grain.Start(instructor);
        var seat = await grain.Submit(1, "US", us.Token, 1, UsOpening);

        Assert.Equal(2, OpenRound(seat.Session));
        var transcript = seat.Session.Tables[0].Transcript;
        Assert.Empty(transcript.OfType<SeatPlayedByAi>());
        var move = transcript.OfType<CountryAnswered>().Single(a => a.Move.Country == "US").Move;
        Assert.False(move.Accepts);
        Assert.All(move.Commitments, set => Assert.Equal(1, set.Count));
    }

    [Fact]
    public async Task A_pause_mid_round_stops_the_clock_and_holds_submissions_until_resumed()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(deadlineSeconds: 60);
        var us = await JoinAsync(grain, instructor, 1, "US");
        await grain.Start(instructor);
        cluster.Time.Advance(TimeSpan.FromSeconds(20));
        await grain.Pause(instructor);

        cluster.Time.Advance(TimeSpan.FromMinutes(10));
        await grain.CheckDeadlines();
        var paused = await grain.GetConsole(instructor);
        Assert.Equal(ClassroomStatus.Paused, paused.Status);
        Assert.Equal(1, OpenRound(paused));
        Assert.Equal(40, paused.Tables[0].RemainingSeconds!.Value, precision: 3);
        var refusal = await Assert.ThrowsAsync<Refusal>(() => grain.Submit(1, "US", us.Token, 1, UsOpening));
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("paused", refusal.Message);

        await grain.Resume(instructor);
        cluster.Time.Advance(TimeSpan.FromSeconds(39));
        await grain.CheckDeadlines();
        Assert.Equal(1, OpenRound(await grain.GetConsole(instructor)));
        cluster.Time.Advance(TimeSpan.FromSeconds(2));
        await grain.CheckDeadlines();
        Assert.Equal(2, OpenRound(await grain.GetConsole(instructor)));
    }

    [Fact]
    public async Task A_reassigned_seat_gets_a_new_code_and_token_and_the_old_ones_stop_working()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(humans: ["US", "JP"]);
        var before = await JoinAsync(grain, instructor, 1, "US");
        var oldCode = (await grain.GetConsole(instructor)).Seats.Single(s => s.Country == "US").JoinCode!;
        await grain.Start(instructor);

        var info = await grain.Reassign(instructor, 1, "US", toHuman: true);
        Assert.NotEqual(oldCode, info.JoinCode);
        Assert.Equal(RefusalKind.Forbidden, (await Assert.ThrowsAsync<Refusal>(() => grain.GetSeat(1, "US", before.Token))).Kind);
        Assert.Equal(RefusalKind.NotFound, (await Assert.ThrowsAsync<Refusal>(() => grain.Join(oldCode, []))).Kind);
        var after = await grain.Join(info.JoinCode!, []);
        Assert.NotEqual(before.Token, after.Token);
        await grain.Submit(1, "US", after.Token, 1, UsOpening);

        // Japan's student leaves: handed to the AI, the round closes at once (the US has answered) with no marker.
        var jp = await grain.Reassign(instructor, 1, "JP", toHuman: false);
        Assert.Null(jp.JoinCode);
        var console = await grain.GetConsole(instructor);
        Assert.Equal(2, OpenRound(console));
        Assert.Empty(console.Tables[0].Transcript.OfType<SeatPlayedByAi>());
    }

    [Fact]
    public async Task An_injected_event_fires_when_the_next_round_opens()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(tables: 2);
        await grain.Start(instructor);
        var scenario = Repo.LoadSeedScenario();
        var evt = EventSyntax.Parse("{round: 2, id: fab-fire, title: A fire closes a major fab, effects: [{reservation: {country: KR, value: 0.3}}]}",
            scenario, firstRound: 1);
        await grain.Inject(instructor, evt, table: 2);
        Assert.Equal("A fire closes a major fab", Assert.Single((await grain.GetConsole(instructor)).Tables[1].PendingInjects));

        await grain.Step(instructor);
        var console = await grain.GetConsole(instructor);
        Assert.DoesNotContain(console.Tables[0].Transcript.OfType<EventFired>(), e => e.Event.Id == "fab-fire");
        var fired = Assert.Single(console.Tables[1].Transcript.OfType<EventFired>(), e => e.Event.Id == "fab-fire");
        Assert.Equal(2, fired.Round);
        Assert.Empty(console.Tables[1].PendingInjects);
    }

    [Fact]
    public async Task Invalid_submissions_are_refused_with_a_clear_message_and_change_nothing()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        var us = await JoinAsync(grain, instructor, 1, "US");
        Assert.Equal(RefusalKind.Conflict, (await Assert.ThrowsAsync<Refusal>(() => grain.Submit(1, "US", us.Token, 1, UsOpening))).Kind);
        await grain.Start(instructor);
        await grain.Submit(1, "US", us.Token, 1, UsOpening);
        var version = (await grain.GetConsole(instructor)).Version;

        async Task<Refusal> Refused(int round, SeatAnswer s) =>
            await Assert.ThrowsAsync<Refusal>(() => grain.Submit(1, "US", us.Token, round, s));

        var noSuchOption = await Refused(2, new(false, [new("data-flows", ["free-flow", "open-skies"])]));
        Assert.Equal(RefusalKind.Invalid, noSuchOption.Kind);
        Assert.Contains("'Cross-border data flows' has no option 'open-skies'", noSuchOption.Message);
        var withdrawn = await Refused(2, new(false, [new("data-flows", ["trusted-flow"])]));
        Assert.Contains("commitments cannot be withdrawn", withdrawn.Message);
        var redLine = await Refused(2, new(false, [new("chip-supply", ["friend-shoring", "self-sufficiency"])]));
        Assert.Contains("red line", redLine.Message);
        var late = await Refused(1, UsOpening);
        Assert.Equal(RefusalKind.Conflict, late.Kind);
        Assert.Contains("Round 1 has closed", late.Message);

        var after = await grain.GetConsole(instructor);
        Assert.Equal(version, after.Version);
        Assert.Empty(after.Tables[0].Submitted);
    }

    [Fact]
    public async Task Tokens_open_only_their_own_seat_and_instructor_actions_need_the_instructor_token()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(tables: 2, humans: ["US", "JP"]);
        var us1 = await JoinAsync(grain, instructor, 1, "US");
        await grain.Start(instructor);
        foreach (var (table, country) in new[] { (1, "JP"), (2, "US"), (1, "KR") })
        {
            var e = await Assert.ThrowsAsync<Refusal>(() => grain.GetSeat(table, country, us1.Token));
            Assert.Equal(RefusalKind.Forbidden, e.Kind);
            e = await Assert.ThrowsAsync<Refusal>(() => grain.Submit(table, country, us1.Token, 1, SeatAnswer.Nothing));
            Assert.Equal(RefusalKind.Forbidden, e.Kind);
        }
        Assert.Equal(RefusalKind.Forbidden, (await Assert.ThrowsAsync<Refusal>(() => grain.Step(us1.Token))).Kind);
        Assert.Equal(RefusalKind.Forbidden, (await Assert.ThrowsAsync<Refusal>(() => grain.GetConsole(us1.Token))).Kind);
        Assert.Equal(RefusalKind.Forbidden, (await Assert.ThrowsAsync<Refusal>(() => grain.End(""))).Kind);
        var seat = await grain.GetSeat(1, "US", us1.Token);
        Assert.Single(seat.Session.Tables);
        Assert.All(seat.Session.Seats, s => Assert.Null(s.JoinCode));
    }

    [Fact]
    public async Task The_same_submissions_give_the_same_transcript_and_a_stepped_class_reaches_its_end()
    {
        async Task<string> PlayAsync()
        {
            var (grain, instructor) = await cluster.NewSessionAsync();
            var us = await JoinAsync(grain, instructor, 1, "US");
            await grain.Start(instructor);
            await grain.Submit(1, "US", us.Token, 1, UsOpening);
            while ((await grain.GetConsole(instructor)).Status == ClassroomStatus.Running) await grain.Step(instructor);
            var console = await grain.GetConsole(instructor);
            Assert.Equal(ClassroomStatus.Finished, console.Status);
            var debrief = await grain.GetDebrief(us.Token);
            Assert.IsType<SummitConcluded>(debrief.Tables[0].Transcript[^1]);
            return TranscriptJsonl.Write(console.Tables[0].Opening, console.Tables[0].Transcript);
        }

        Assert.Equal(await PlayAsync(), await PlayAsync());
    }
}
