using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Agents.Hosting;
using TechPact.Agents.Messages;
using TechPact.Classroom.Tests.Fixtures;

namespace TechPact.Classroom.Tests.Web;

/// <summary>A student's bot in a class: a network agent connects to a real `serve` over loopback with its
/// seat's join code and plays the seat to the end; the table is an ordinary summit.</summary>
[Collection(ClassroomServerCollection.Name)]
public sealed class NetworkAgentTests(ClassroomServer server)
{
    /// <summary>Concedes linearly toward its reservation; records every message it is sent.</summary>
    private sealed class LinearAgent : IAgent
    {
        public List<TurnMessage> Turns { get; } = [];
        public List<AcceptedMessage> Counted { get; } = [];
        public List<RefusedMessage> Refusals { get; } = [];

        public MoveMessage Move(TurnMessage turn)
        {
            Turns.Add(turn);
            var t = (turn.Round - 1) / (double)Math.Max(1, turn.MaxRounds - 1);
            var demand = turn.Brief.Reservation + (1 - turn.Brief.Reservation) * (1 - t);
            var issues = turn.Brief.Issues.Select(i =>
            {
                var commit = turn.Mine(i.Id).ToHashSet();
                commit.Add(i.Options.Where(o => !o.RedLine).MaxBy(o => o.Value)!.Id);
                foreach (var o in i.Options.Where(o => !o.RedLine && o.Value >= demand)) commit.Add(o.Id);
                return new IssueMove(i.Id, [.. commit]);
            }).ToList();
            var draft = turn.Table.Draft;
            var accept = draft.Values.All(v => v is not null) && !turn.Brief.Issues.Any(i => i.Options.Any(o => o.RedLine && o.Id == draft[i.Id]))
                         && turn.Brief.Utility(draft) >= Math.Max(turn.Brief.Reservation, demand - 0.1);
            return new MoveMessage(turn.Round, accept, issues);
        }

        public void Accepted(AcceptedMessage accepted) => Counted.Add(accepted);

        public void Refused(RefusedMessage refused) => Refusals.Add(refused);
    }

    [Fact]
    public async Task A_network_agent_takes_a_classroom_seat_plays_it_to_the_end_and_the_table_is_an_ordinary_summit()
    {
        var (session, instructor) = await server.CreateAsync(1, "US");
        using var teacher = server.Client(instructor);
        var console = await ClassroomServer.JsonAsync(await teacher.GetAsync($"/api/classroom/sessions/{session}/console"), HttpStatusCode.OK);
        var table = console.GetProperty("tables")[0];
        var code = table.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "US").GetProperty("joinCode").GetString()!;
        var summitId = table.GetProperty("summitId").GetString()!;

        var agent = new LinearAgent();
        var endpoint = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/api/agents" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var playing = AgentHost.RunNetworkAsync(agent, endpoint, code, "linear-bot", timeout.Token);
        await ClassroomServer.JsonAsync(await teacher.PostAsJsonAsync($"/api/classroom/sessions/{session}/start", new { }), HttpStatusCode.OK);

        var end = await playing;
        Assert.NotNull(end);
        Assert.Contains(end.Status, new[] { "agreement", "partial", "no-agreement" });
        Assert.NotEmpty(agent.Turns);
        Assert.Empty(agent.Refusals);
        Assert.Equal(agent.Turns.Select(t => t.Round), agent.Counted.Select(a => a.Round));
        // The agent saw what a student in the seat sees: its own brief, the others only by id, name and public moves.
        Assert.All(agent.Turns, t => Assert.Equal(("US", 0.4), (t.Country, t.Brief.Reservation)));

        // The table is a summit grain: its id resolves through the summit API and the live page, and forks —
        // for its instructor (the session's token); for anyone else it is hidden (ClassTablesTests).
        var anyone = teacher;
        var state = await ClassroomServer.JsonAsync(await anyone.GetAsync($"/api/summits/{summitId}"), HttpStatusCode.OK);
        Assert.Equal(end.Round, state.GetProperty("round").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync($"/summits/{summitId}")).StatusCode);
        var transcript = await (await anyone.GetAsync($"/api/summits/{summitId}/transcript")).Content.ReadAsStringAsync();
        Assert.Contains("\"type\":\"seat-taken\",\"round\":0,\"country\":\"US\",\"kind\":\"person\",\"by\":\"student\"", transcript);
        Assert.DoesNotContain("seat-played-by-ai", transcript);

        var fork = await ClassroomServer.JsonAsync(await anyone.PostAsJsonAsync($"/api/summits/{summitId}/fork", new { atRound = 1, seed = 11, paceMs = 0 }),
            HttpStatusCode.Created);
        var forkId = fork.GetProperty("summitId").GetString()!;
        JsonElement forked;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        do
        {
            await Task.Delay(200);
            forked = await ClassroomServer.JsonAsync(await anyone.GetAsync($"/api/summits/{forkId}"), HttpStatusCode.OK);
        } while (forked.GetProperty("status").GetString() == "running" && DateTime.UtcNow < deadline);
        Assert.NotEqual("running", forked.GetProperty("status").GetString());
        var forkTranscript = await (await anyone.GetAsync($"/api/summits/{forkId}/transcript")).Content.ReadAsStringAsync();
        Assert.Contains("\"type\":\"seat-taken\",\"round\":2,\"country\":\"US\",\"kind\":\"strategy\"", forkTranscript);
    }

    [Fact]
    public async Task A_bad_join_code_gets_a_clear_error_and_a_plain_request_gets_400()
    {
        var endpoint = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/api/agents" }.Uri;
        var refused = await Assert.ThrowsAsync<AgentProtocolException>(() => AgentHost.RunNetworkAsync(new LinearAgent(), endpoint, "ZZZZ-2222"));
        Assert.Contains("join code is not", refused.Message);
        using var http = server.Client();
        var plain = await ClassroomServer.JsonAsync(await http.GetAsync("/api/agents"), HttpStatusCode.BadRequest);
        Assert.Contains("WebSocket", plain.GetProperty("error").GetString());
    }
}
