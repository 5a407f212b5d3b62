using System.Text.Json;
using Json.Schema;
using TechPact.Agents.Messages;
using TechPact.Agents.Tests.Fixtures;

namespace TechPact.Agents.Tests;

/// <summary>schema/agents/*.schema.json describe the messages as they travel: every message a server
/// sends an agent in a real run, and every message the SDK writes, satisfies the schema of its type;
/// the schemas refuse what the server refuses.</summary>
public sealed class SchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = Directory
        .EnumerateFiles(Path.Combine(Repo.Root, "schema", "agents"), "*.schema.json")
        .ToDictionary(f => Path.GetFileName(f).Replace(".schema.json", ""), f => JsonSchema.FromText(File.ReadAllText(f)));

    private static IReadOnlyList<string> Errors(string json)
    {
        var instance = JsonDocument.Parse(json).RootElement;
        var type = instance.GetProperty("type").GetString()!;
        Assert.True(Schemas.ContainsKey(type), $"no schema for '{type}'");
        var result = Schemas[type].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    [Fact]
    public async Task Every_message_sent_to_an_agent_in_a_real_run_satisfies_its_schema()
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await Repo.RunAsync("run", Repo.SeedScenario, "--move-time", "20s", "--json",
            "--seat", $"KR=agent:python3 {Repo.Fixture("spy_agent.py")} {Repo.Root}/examples/agents {dir["KR.log"]}");
        Assert.True(exit == 0, error);
        var lines = await File.ReadAllLinesAsync(dir["KR.log"]);
        Assert.Contains(lines, l => l.Contains("\"type\":\"turn\""));
        Assert.Contains(lines, l => l.Contains("\"type\":\"end\""));
        foreach (var line in lines) Assert.Empty(Errors(line));
    }

    [Fact]
    public void Every_message_the_sdk_writes_satisfies_its_schema_and_the_schema_refuses_a_broken_move()
    {
        AgentMessage[] messages =
        [
            new MoveMessage(2, false, [new IssueMove("data-flows", ["trusted-flow"], "free-flow"), new IssueMove("ai-exports", null)]),
            new MoveMessage(1, true, null),
            new AcceptedMessage(2), new RefusedMessage(2, "why", Retry: true),
            new EndMessage("agreement", 8, new Dictionary<string, string?> { ["data-flows"] = "trusted-flow", ["ai-exports"] = null }, 0.7, 0.4),
            new JoinMessage("K7MQ2P", "bot"), new WelcomeMessage("s-table1", "US", "s", 1), new ErrorMessage("bad code"),
        ];
        Assert.Equal(Schemas.Keys.Order(), messages.Select(AgentJson.TypeName).Append("turn").Distinct().Order());
        foreach (var message in messages) Assert.Empty(Errors(AgentJson.Write(message)));

        Assert.NotEmpty(Errors("""{"type":"move","accept":false}"""));
        Assert.NotEmpty(Errors("""{"type":"move","round":0,"accept":false}"""));
        Assert.NotEmpty(Errors("""{"type":"move","v":2,"round":1,"accept":false}"""));
        Assert.Throws<AgentProtocolException>(() => AgentJson.Read("""{"type":"move","accept":false}"""));
        Assert.Contains("version 2", Assert.Throws<AgentProtocolException>(() => AgentJson.Read("""{"type":"move","v":2,"round":1,"accept":false}""")).Message);
        Assert.Contains("not JSON", Assert.Throws<AgentProtocolException>(() => AgentJson.Read("hello")).Message);
        Assert.Contains("unknown message type 'bid'", Assert.Throws<AgentProtocolException>(() => AgentJson.Read("""{"type":"bid"}""")).Message);
    }
}
