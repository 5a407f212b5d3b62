using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Classroom.Tests.Fixtures;

namespace TechPact.Classroom.Tests.Web;

/// <summary>A whole class as the pages play it, over HTTP: 10 tables × US/JP/KR, 30 students, each with their
/// own seat stream open from the first join to the debrief. The students concede a little each round (every
/// option worth at least a falling threshold to them, never withdrawing one); the instructor injects the
/// scenario's shock. Before, a mediator trade made the seat's "mine" leave out the traded option and the
/// next submission came back 400 "commitments cannot be withdrawn".</summary>
public sealed class FullClassTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int Tables = 10;
    private static readonly string[] Countries = ["US", "JP", "KR"];

    // A server of its own: 30 joins from one address fit the join limiter's minute only if no other test shares it.
    private readonly ClassroomServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    /// <summary>What a student sends: what they stand for already, plus (from round 3) every option worth at least
    /// 1.1 − 0.1·round to them (never a red line); they ask for their best option wherever the draft differs
    /// (the asks the mediator trades), and from round 4 accept a complete draft above their reservation.</summary>
    private static object Move(JsonElement seat)
    {
        var round = seat.GetProperty("openRound").GetInt32();
        var floor = 1.1 - 0.1 * round;
        var accept = round >= 4 && seat.GetProperty("draftComplete").GetBoolean() &&
                     seat.GetProperty("draftUtility").GetDouble() >= seat.GetProperty("brief").GetProperty("reservation").GetDouble();
        return new
        {
            round, accept,
            issues = seat.GetProperty("brief").GetProperty("issues").EnumerateArray().Select(i =>
            {
                var options = i.GetProperty("options").EnumerateArray().Where(o => !o.GetProperty("redLine").GetBoolean()).ToList();
                var best = options.MaxBy(o => o.GetProperty("value").GetDouble()).GetProperty("id").GetString();
                var draft = i.GetProperty("draft").ValueKind == JsonValueKind.String ? i.GetProperty("draft").GetString() : null;
                return new
                {
                    issue = i.GetProperty("id").GetString(),
                    commit = i.GetProperty("mine").EnumerateArray().Select(o => o.GetString()!)
                        .Union(options.Where(o => o.GetProperty("value").GetDouble() >= floor).Select(o => o.GetProperty("id").GetString()!))
                        .ToArray(),
                    amend = draft is not null && draft != best ? best : null,
                };
            }).ToArray(),
        };
    }

    [Fact]
    public async Task Thirty_students_at_ten_tables_play_through_trades_and_an_inject_to_the_debrief()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var scenario = Repo.LoadSeedScenario();
        var (session, instructor) = await _server.CreateAsync(Tables, Countries);
        using var teacher = _server.Client(instructor);
        var console = await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/classroom/sessions/{session}/console", bound.Token), HttpStatusCode.OK);

        var students = new List<(int Table, string Country, HttpClient Http)>();
        foreach (var table in console.GetProperty("tables").EnumerateArray())
            foreach (var seat in table.GetProperty("countries").EnumerateArray())
            {
                using var anon = _server.Client();
                var joined = await ClassroomServer.JsonAsync(await anon.PostAsJsonAsync("/api/classroom/join",
                    new { code = seat.GetProperty("joinCode").GetString() }, bound.Token), HttpStatusCode.OK);
                students.Add((table.GetProperty("table").GetInt32(), seat.GetProperty("id").GetString()!, _server.Client(joined.GetProperty("token").GetString()!)));
            }
        Assert.Equal(Tables * Countries.Length, students.Count);

        // Every student's stream, read until the class is over: every update is checked for other seats' figures.
        using var streamsEnd = CancellationTokenSource.CreateLinkedTokenSource(bound.Token);
        var updates = new ConcurrentBag<(string Seat, JsonElement Data)>();
        var streams = students.Select(s => Task.Run(async () =>
        {
            await foreach (var m in Sse.ReadAsync(s.Http, SeatPath(session, s.Table, s.Country) + "/stream", streamsEnd.Token))
                updates.Add(($"{s.Table}/{s.Country}", m.Data));
        })).ToList();

        await Act(teacher, session, "start", new { }, bound.Token);
        var injected = await Act(teacher, session, "inject", new { @event = "gallium-germanium" }, bound.Token);
        Assert.Equal(Tables, injected.GetProperty("tables").GetArrayLength());

        var submissions = 0;
        for (var pass = 0; pass < 40 && (await ConsoleAsync(teacher, session, bound.Token)).GetProperty("status").GetString() == "running"; pass++)
        {
            var answered = 0;
            foreach (var (table, country, http) in students)
            {
                var seat = await ClassroomServer.JsonAsync(await http.GetAsync(SeatPath(session, table, country), bound.Token), HttpStatusCode.OK);
                if (seat.GetProperty("over").GetBoolean() || seat.GetProperty("submitted").GetBoolean() || seat.GetProperty("openRound").GetInt32() == 0) continue;
                // Every answer counts: a trade's options are among "mine", so nothing sent back is a withdrawal.
                await ClassroomServer.JsonAsync(await http.PostAsJsonAsync(SeatPath(session, table, country) + "/submit", Move(seat), bound.Token), HttpStatusCode.OK);
                (answered, submissions) = (answered + 1, submissions + 1);
            }
            // Nobody had a round to answer: a round the students answered at once has not opened yet, or the tables wait; close it.
            if (answered == 0) await Act(teacher, session, "step", new { }, bound.Token);
        }

        var final = await ConsoleAsync(teacher, session, bound.Token);
        Assert.Equal("finished", final.GetProperty("status").GetString());
        var tables = final.GetProperty("tables").EnumerateArray().ToList();
        Assert.All(tables, t => Assert.True(t.GetProperty("over").GetBoolean() && t.GetProperty("outcome").GetString() is { Length: > 0 }));
        var logs = tables.Select(t => t.GetProperty("log").EnumerateArray().Select(l => l.GetProperty("text").GetString()!).ToList()).ToList();
        Assert.True(logs.All(log => log.Count(l => l.Contains("gallium", StringComparison.OrdinalIgnoreCase)) == 1), $"round {tables[0].GetProperty("round")}, pending {tables[0].GetProperty("pendingInjects")}, submissions {submissions}: " + string.Join("\n", logs[0]));
        var traded = logs.Count(log => log.Any(l => l.StartsWith("Trade:", StringComparison.Ordinal)));
        Assert.True(traded > 0, "no table made a mediator trade: the test did not exercise what it is for");
        Assert.True(submissions >= students.Count, $"only {submissions} submissions");

        await Act(teacher, session, "end", new { }, bound.Token);
        foreach (var (table, country, http) in students.Where((_, i) => i % 7 == 0))
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/debrief/{session}", bound.Token)).StatusCode);

        await streamsEnd.CancelAsync();
        await Task.WhenAll(streams);
        Assert.True(updates.Count >= students.Count, $"{updates.Count} seat updates");
        foreach (var (seat, data) in updates) SeatLeaks.AssertClean(data, scenario);
        Assert.All(students.GroupBy(s => $"{s.Table}/{s.Country}"), g => Assert.Contains(updates, u => u.Seat == g.Key));
        output.WriteLine($"{submissions} submissions (all 200), {traded} of {Tables} tables traded, {updates.Count} seat updates checked, " +
                         $"outcomes: {string.Join(", ", tables.Select(t => t.GetProperty("outcome").GetString()))}");
        foreach (var s in students) s.Http.Dispose();
    }

    private static string SeatPath(string session, int table, string country) => $"/api/classroom/sessions/{session}/tables/{table}/seats/{country}";

    private static async Task<JsonElement> ConsoleAsync(HttpClient teacher, string session, CancellationToken cancellation) =>
        await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/classroom/sessions/{session}/console", cancellation), HttpStatusCode.OK);

    private static async Task<JsonElement> Act(HttpClient teacher, string session, string action, object body, CancellationToken cancellation) =>
        await ClassroomServer.JsonAsync(await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/{action}", body, cancellation), HttpStatusCode.OK);
}
