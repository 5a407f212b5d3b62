using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Classroom.Tests.Fixtures;

namespace TechPact.Classroom.Tests.Web;

/// <summary>A classroom table's summit carries every country's brief, reservation and utilities. While the
/// class runs only its instructor sees it: not the students, not a stranger, not another class's instructor.
/// Before, every table was listed on the live page and streamed its utilities to anyone.</summary>
[Collection(ClassroomServerCollection.Name)]
public sealed class ClassTablesTests(ClassroomServer server)
{
    private async Task<string> JoinAsync(HttpClient teacher, string session, string country, int table = 1)
    {
        var console = await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/classroom/sessions/{session}/console"), HttpStatusCode.OK);
        var code = console.GetProperty("tables")[table - 1].GetProperty("countries").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == country).GetProperty("joinCode").GetString();
        using var anon = server.Client();
        return (await ClassroomServer.JsonAsync(await anon.PostAsJsonAsync("/api/classroom/join", new { code }), HttpStatusCode.OK)).GetProperty("token").GetString()!;
    }

    /// <summary>The seat's "mine" commitments, sent back as its answer: always a legal move.</summary>
    public static object Standing(JsonElement seat) => new
    {
        round = seat.GetProperty("round").GetInt32(), accept = false,
        issues = seat.GetProperty("brief").GetProperty("issues").EnumerateArray()
            .Select(i => new { issue = i.GetProperty("id").GetString(), commit = i.GetProperty("mine").EnumerateArray().Select(o => o.GetString()).ToArray() }),
    };

    private static bool Lists(JsonElement summits, string id) => summits.EnumerateArray().Any(s => s.GetProperty("summitId").GetString() == id);

    [Fact]
    public async Task A_class_table_is_shown_to_its_instructor_only_and_so_are_its_forks()
    {
        var (session, instructor) = await server.CreateAsync(1, "US");
        var (_, otherInstructor) = await server.CreateAsync(1, "US");
        using var teacher = server.Client(instructor);
        var usToken = await JoinAsync(teacher, session, "US");
        using var student = server.Client(usToken);
        using var anon = server.Client();
        using var stranger = server.Client(otherInstructor);
        await ClassroomServer.JsonAsync(await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/start", new { }), HttpStatusCode.OK);
        var seat = await ClassroomServer.JsonAsync(await student.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/US"), HttpStatusCode.OK);
        await ClassroomServer.JsonAsync(await student.PostAsJsonAsync($"/api/classroom/sessions/{session}/tables/1/seats/US/submit", Standing(seat)), HttpStatusCode.OK);
        var id = $"{session}-table1";

        foreach (var who in new[] { anon, student, stranger })
        {
            Assert.False(Lists(await ClassroomServer.JsonAsync(await who.GetAsync("/api/summits"), HttpStatusCode.OK), id));
            foreach (var path in new[] { $"/api/summits/{id}", $"/api/summits/{id}/rounds", $"/api/summits/{id}/transcript", $"/summits/{id}" })
            {
                var hidden = await ClassroomServer.JsonAsync(await who.GetAsync(path), HttpStatusCode.Forbidden);
                Assert.Contains("only its instructor sees it", hidden.GetProperty("error").GetString());
            }
            Assert.Equal(HttpStatusCode.Forbidden, (await who.PostAsJsonAsync($"/api/summits/{id}/fork", new { atRound = 0 })).StatusCode);
            var feed = await Sse.CollectAsync(who, "/api/summits/feed", TimeSpan.FromSeconds(2));
            Assert.DoesNotContain(feed, m => m.Data.GetProperty("summitId").GetString()!.StartsWith(session, StringComparison.Ordinal));
            // The live page's "take this seat" does not hand out, show or give back a class's seats.
            foreach (var (method, path) in new[] { ("POST", $"/api/summits/{id}/seats/JP"), ("GET", $"/api/summits/{id}/seats/US"), ("POST", $"/api/summits/{id}/seats/US/leave") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };
                Assert.Equal(HttpStatusCode.Conflict, (await who.SendAsync(request)).StatusCode);
            }
        }

        // The instructor sees it all: the list, the state, the rounds (reservations and utilities), the transcript, and forks.
        Assert.True(Lists(await ClassroomServer.JsonAsync(await teacher.GetAsync("/api/summits"), HttpStatusCode.OK), id));
        Assert.Equal(1, (await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/summits/{id}"), HttpStatusCode.OK)).GetProperty("round").GetInt32());
        var rounds = await Sse.CollectAsync(teacher, $"/api/summits/{id}/rounds", TimeSpan.FromSeconds(2));
        Assert.Contains("reservation", rounds.First(m => m.Event == "summit").Raw);
        var transcript = await teacher.GetAsync($"/api/summits/{id}/transcript");
        Assert.Equal(HttpStatusCode.OK, transcript.StatusCode);
        Assert.Contains("\"type\":\"summit-opened\"", await transcript.Content.ReadAsStringAsync());
        var teacherFeed = await Sse.CollectAsync(teacher, "/api/summits/feed", TimeSpan.FromSeconds(2));
        Assert.Contains(teacherFeed, m => m.Data.GetProperty("summitId").GetString() == id);

        var fork = await ClassroomServer.JsonAsync(await teacher.PostAsJsonAsync($"/api/summits/{id}/fork", new { atRound = 0, seed = 5 }), HttpStatusCode.Created);
        var forkId = fork.GetProperty("summitId").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/api/summits/{forkId}")).StatusCode);
        foreach (var who in new[] { anon, student, stranger })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await who.GetAsync($"/api/summits/{forkId}/transcript")).StatusCode);
            Assert.False(Lists(await ClassroomServer.JsonAsync(await who.GetAsync("/api/summits"), HttpStatusCode.OK), forkId));
        }
    }

    [Fact]
    public async Task A_seat_never_sees_another_seats_figures_nor_why_its_answer_was_refused()
    {
        var (session, instructor) = await server.CreateAsync(1, "US", "JP");
        using var teacher = server.Client(instructor);
        using var us = server.Client(await JoinAsync(teacher, session, "US"));
        using var jp = server.Client(await JoinAsync(teacher, session, "JP"));
        await ClassroomServer.JsonAsync(await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/start", new { }), HttpStatusCode.OK);
        var scenario = Repo.LoadSeedScenario();
        // The US (the seed's only country with a red line) answers across it: refused, with the reason.
        var refused = await ClassroomServer.JsonAsync(await us.PostAsJsonAsync($"/api/classroom/sessions/{session}/tables/1/seats/US/submit",
            new { round = 1, issues = new[] { new { issue = "chip-supply", commit = new[] { "self-sufficiency" } } } }), HttpStatusCode.BadRequest);
        Assert.Contains("red line", refused.GetProperty("error").GetString());
        var jpSeat = await ClassroomServer.JsonAsync(await jp.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/JP"), HttpStatusCode.OK);
        await ClassroomServer.JsonAsync(await jp.PostAsJsonAsync($"/api/classroom/sessions/{session}/tables/1/seats/JP/submit", Standing(jpSeat)), HttpStatusCode.OK);
        await ClassroomServer.JsonAsync(await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/step", new { }), HttpStatusCode.OK);

        // Japan reads that the AI played the US, not the US's refused answer (which names its red line).
        var after = await ClassroomServer.JsonAsync(await jp.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/JP"), HttpStatusCode.OK);
        SeatLeaks.AssertClean(after, scenario);
        var log = after.GetProperty("log").GetRawText();
        Assert.Contains("US: the AI played its seat (illegal)", log);
        Assert.DoesNotContain("red line", log);
        // The US's own seat, and the instructor, are told why.
        var usAfter = await ClassroomServer.JsonAsync(await us.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/US"), HttpStatusCode.OK);
        SeatLeaks.AssertClean(usAfter, scenario);
        Assert.Contains("red line", usAfter.GetProperty("log").GetRawText());
        var console = await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/classroom/sessions/{session}/console"), HttpStatusCode.OK);
        Assert.Contains("red line", console.GetProperty("tables")[0].GetProperty("log").GetRawText());
    }
}
