using TechPact.Classroom.Tests.Fixtures;
using TechPact.Contracts;
using TechPact.Contracts.Classroom;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports.Debrief;

namespace TechPact.Classroom.Tests.Grains;

/// <summary>What the instructor's actions do, said as it is: injects at concluded tables, the scenario's own
/// event fired early, "Close round now", and seats handed over mid-class.</summary>
[Collection(ClassroomClusterCollection.Name)]
public sealed class InstructorActionTests(ClassroomCluster cluster)
{
    private async Task<SeatTicket> JoinAsync(IClassroomGrain grain, string instructor, string country, int table = 1) =>
        await grain.Join((await grain.GetConsole(instructor)).Seats.Single(s => s.Table == table && s.Country == country).JoinCode!, []);

    private static async Task StepToEnd(IClassroomGrain grain, string instructor, int table)
    {
        for (var i = 0; i < 20 && !(await grain.GetConsole(instructor)).Tables[table - 1].Summit!.IsOver; i++) await grain.Step(instructor);
    }

    [Fact]
    public async Task Injecting_at_a_concluded_table_is_refused_and_all_tables_means_those_still_negotiating()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(tables: 2);
        await grain.Start(instructor);
        // Table 1 plays to its end (its rounds closed one by one at its own summit); table 2 stays in round 1.
        var table1 = cluster.Client.GetGrain<ISummitGrain>(ClassroomTables.SummitId(grain.GetPrimaryKeyString(), 1));
        for (var i = 0; i < 20 && !(await table1.GetView()).IsOver; i++) await table1.CloseRound();
        var console = await grain.GetConsole(instructor);
        Assert.True(console.Tables[0].Summit!.IsOver);
        Assert.False(console.Tables[1].Summit!.IsOver);
        var evt = Repo.LoadSeedScenario().Events[0];

        var refused = await Assert.ThrowsAsync<Refusal>(() => grain.Inject(instructor, evt, table: 1));
        Assert.Equal(RefusalKind.Conflict, refused.Kind);
        Assert.Contains("Table 1 has concluded", refused.Message);
        Assert.Equal(new[] { 2 }, (await grain.Inject(instructor, evt, table: null)).ToArray());
        Assert.Empty((await grain.GetConsole(instructor)).Tables[0].PendingInjects);
    }

    [Fact]
    public async Task The_scenarios_own_event_injected_before_its_round_fires_once_and_the_log_replays()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        await grain.Start(instructor);
        var scripted = Repo.LoadSeedScenario().Events.Single(e => e.Id == "gallium-germanium");
        Assert.Equal(3, scripted.Round);
        await grain.Inject(instructor, scripted, table: 1);
        var twice = await Assert.ThrowsAsync<Refusal>(() => grain.Inject(instructor, scripted, table: 1));
        Assert.Contains("already fires when the next round opens", twice.Message);
        for (var i = 0; i < 4; i++) await grain.Step(instructor);

        var table = (await grain.GetConsole(instructor)).Tables[0];
        var fired = Assert.Single(table.Transcript.OfType<EventFired>(), e => e.Event.Id == "gallium-germanium");
        Assert.Equal(2, fired.Round);
        var rebuilt = SummitReplay.Rebuild(table.Opening, table.Rules, table.Transcript);
        Assert.Single(rebuilt.Transcript.OfType<EventFired>(), e => e.Event.Id == "gallium-germanium");
        // The log replays to itself (the view is read in another call, while the table may still be playing rounds).
        Assert.Equal(table.Transcript.OfType<CountryAnswered>().Max(a => a.Round), rebuilt.Round);
    }

    [Fact]
    public async Task Close_round_now_is_logged_as_closed_early_not_as_a_missed_deadline()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        await JoinAsync(grain, instructor, "US");
        await grain.Start(instructor);
        await grain.Step(instructor);
        var marker = Assert.Single((await grain.GetConsole(instructor)).Tables[0].Transcript.OfType<SeatPlayedByAi>());
        Assert.Equal((1, SeatFault.ClosedEarly), (marker.Round, marker.Fault));
        Assert.DoesNotContain("deadline", marker.Detail);
    }

    [Fact]
    public async Task A_seat_handed_to_the_ai_is_watched_read_only_by_its_student_and_the_debrief_says_who_played_when()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        var us = await JoinAsync(grain, instructor, "US");
        await grain.Start(instructor);
        await grain.Submit(1, "US", us.Token, 1, SessionTests.UsOpening);
        await grain.Step(instructor); // round 2 closes early: the student was silent
        await grain.Reassign(instructor, 1, "US", toHuman: false);

        // The student's page keeps showing the seat, read-only, instead of "your token was not presented".
        var watched = await grain.GetSeat(1, "US", us.Token);
        Assert.True(watched.Watching);
        Assert.Equal(SeatKind.Strategy, watched.Seat.Seat.Kind);
        Assert.Equal(0.4, watched.Seat.View.Me.Reservation);
        var submit = await Assert.ThrowsAsync<Refusal>(() => grain.Submit(1, "US", us.Token, watched.Seat.OpenRound, SeatAnswer.Nothing));
        Assert.Contains("handed this seat to the AI", submit.Message);

        await StepToEnd(grain, instructor, 1);
        var debrief = await grain.GetDebrief(us.Token); // a student whose seat was handed on still reads it
        var t = debrief.Tables[0];
        var html = DebriefText.PlayedBy(new DebriefTable("Table 1", t.Opening, t.Transcript), "US");
        Assert.StartsWith("student, then AI (boulware) from round 3", html);
        Assert.Contains("AI in round 2: closed-early", html);
    }
}
