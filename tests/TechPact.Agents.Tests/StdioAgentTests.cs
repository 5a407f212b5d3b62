using System.Text.Json;
using TechPact.Agents.Tests.Fixtures;

namespace TechPact.Agents.Tests;

/// <summary>The example agents play the seed scenario through the real stdio transport: the CLI's
/// country grain starts each one, speaks JSON lines with it, and the summit reaches agreement.</summary>
public sealed class StdioAgentTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { "KR", "python3 " + Repo.Example("tit_for_tat.py") },
        { "JP", "python3 " + Repo.Example("frequency_agent.py") },
        { "US", "dotnet " + Repo.CSharpAgent },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task An_example_agent_plays_the_seed_scenario_to_agreement_and_the_run_replays_without_it(string country, string command)
    {
        using var dir = new TempDirectory();
        var (exit, output, error) = await Repo.RunAsync("run", Repo.SeedScenario, "--seat", $"{country}=agent:{command}", "--move-time", "20s",
            "--json", "--out", dir.Path);
        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output);
        Assert.Equal("agreement", result.RootElement.GetProperty("status").GetString());

        var lines = await File.ReadAllLinesAsync(dir["transcript.jsonl"]);
        var taken = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(("seat-taken", country, "agent", command),
            (taken.GetProperty("type").GetString(), taken.GetProperty("country").GetString(), taken.GetProperty("kind").GetString(), taken.GetProperty("by").GetString()));
        Assert.DoesNotContain(lines, l => l.Contains("\"seat-played-by-ai\""));

        // The agent's moves are recorded whole: replay reproduces the run without starting it.
        var (replayed, said, _) = await Repo.RunAsync("replay", dir["transcript.jsonl"]);
        Assert.True(replayed == 0, said);
        Assert.Contains("reproduces byte for byte", said);
    }
}
