using System.Net;
using System.Net.Http.Json;
using TechPact.Classroom.Tests.Fixtures;

namespace TechPact.Classroom.Tests.Web;

/// <summary>Over HTTP on the real host: a seat token opens its own seat only; instructor actions need the instructor token.</summary>
[Collection(ClassroomServerCollection.Name)]
public sealed class SecurityTests(ClassroomServer server)
{
    private async Task<string> JoinAsync(string session, string instructor, int table, string country)
    {
        using var teacher = server.Client(instructor);
        var console = await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/classroom/sessions/{session}/console"), HttpStatusCode.OK);
        var code = console.GetProperty("tables")[table - 1].GetProperty("countries").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == country).GetProperty("joinCode").GetString();
        using var anon = server.Client();
        var joined = await ClassroomServer.JsonAsync(await anon.PostAsJsonAsync("/api/classroom/join", new { code }), HttpStatusCode.OK);
        return joined.GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task A_seat_token_cannot_read_or_play_another_seat_and_only_the_instructor_runs_the_class()
    {
        var (session, instructor) = await server.CreateAsync(2, "US", "JP");
        var usToken = await JoinAsync(session, instructor, 1, "US");
        using var us = server.Client(usToken);
        using var teacher = server.Client(instructor);
        using var anon = server.Client();

        var mine = await ClassroomServer.JsonAsync(await us.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/US"), HttpStatusCode.OK);
        Assert.Equal(0.4, mine.GetProperty("brief").GetProperty("reservation").GetDouble());
        // The seat view never carries another country's confidential numbers.
        Assert.DoesNotContain("reservation", mine.GetProperty("others").GetRawText());
        Assert.DoesNotContain("weight", mine.GetProperty("others").GetRawText());

        foreach (var other in new[] { "tables/1/seats/JP", "tables/2/seats/US", "tables/1/seats/KR" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await us.GetAsync($"/api/classroom/sessions/{session}/{other}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await us.PostAsJsonAsync($"/api/classroom/sessions/{session}/{other}/submit",
                new { round = 1, accept = false, issues = Array.Empty<object>() })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await anon.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/US")).StatusCode);

        foreach (var action in new[] { "start", "pause", "step", "end" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await us.PostAsJsonAsync($"/api/classroom/sessions/{session}/{action}", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await anon.PostAsJsonAsync($"/api/classroom/sessions/{session}/{action}", new { })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await us.GetAsync($"/api/classroom/sessions/{session}/console")).StatusCode);
        // A student reads the debrief only once the session is over; a stranger never.
        Assert.Equal(HttpStatusCode.Conflict, (await us.GetAsync($"/debrief/{session}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anon.GetAsync($"/debrief/{session}")).StatusCode);

        // Another session's instructor token opens nothing here.
        var (_, otherInstructor) = await server.CreateAsync(1, "US");
        using var stranger = server.Client(otherInstructor);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync($"/api/classroom/sessions/{session}/start", new { })).StatusCode);

        var started = await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/start", new { });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
    }

    [Fact]
    public async Task Invalid_submissions_get_400_or_409_with_a_clear_message_and_change_nothing()
    {
        var (session, instructor) = await server.CreateAsync(1, "US");
        var usToken = await JoinAsync(session, instructor, 1, "US");
        using var us = server.Client(usToken);
        using var teacher = server.Client(instructor);
        var submit = $"/api/classroom/sessions/{session}/tables/1/seats/US/submit";
        var early = await us.PostAsJsonAsync(submit, new { round = 1, issues = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/start", new { });

        var bad = await us.PostAsJsonAsync(submit, new { round = 1, issues = new[] { new { issue = "data-flows", commit = new[] { "open-skies" } } } });
        var error = await ClassroomServer.JsonAsync(bad, HttpStatusCode.BadRequest);
        Assert.Contains("no option 'open-skies'", error.GetProperty("error").GetString());
        var noIssue = await ClassroomServer.JsonAsync(await us.PostAsJsonAsync(submit, new { round = 1, issues = new[] { new { issue = "fishing", commit = new[] { "x" } } } }), HttpStatusCode.BadRequest);
        Assert.Contains("no issue 'fishing'", noIssue.GetProperty("error").GetString());
        var notJson = await us.PostAsync(submit, new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        var tooMany = await us.PostAsJsonAsync(submit, new { round = 1, issues = Enumerable.Range(0, 65).Select(i => new { issue = $"i{i}", commit = new[] { "x" } }) });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var tooLong = await us.PostAsJsonAsync(submit, new { round = 1, issues = new[] { new { issue = new string('x', 201), commit = Array.Empty<string>() } } });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var seat = await ClassroomServer.JsonAsync(await us.GetAsync($"/api/classroom/sessions/{session}/tables/1/seats/US"), HttpStatusCode.OK);
        Assert.False(seat.GetProperty("submitted").GetBoolean());
        Assert.Equal(1, seat.GetProperty("round").GetInt32());

        var ok = await us.PostAsJsonAsync(submit, new { round = 1, issues = new[] { new { issue = "data-flows", commit = new[] { "free-flow" } } } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var late = await ClassroomServer.JsonAsync(await us.PostAsJsonAsync(submit, new { round = 1, issues = Array.Empty<object>() }), HttpStatusCode.Conflict);
        Assert.Contains("Round 1 has closed", late.GetProperty("error").GetString());
        var withdrawn = await ClassroomServer.JsonAsync(await us.PostAsJsonAsync(submit,
            new { round = 2, issues = new[] { new { issue = "data-flows", commit = new[] { "trusted-flow" } } } }), HttpStatusCode.BadRequest);
        Assert.Contains("cannot be withdrawn", withdrawn.GetProperty("error").GetString());
    }
}
