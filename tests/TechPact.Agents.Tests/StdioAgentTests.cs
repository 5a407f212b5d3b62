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

/// <summary>Bad --seat values get a clear error, exit 2, and nothing runs or is written.</summary>
public sealed class SeatOptionTests
{
    [Theory]
    [InlineData("UZ=boulware", "no country 'UZ'; its countries are US, JP, KR")]
    [InlineData("KR=bogus", "'bogus' is neither a built-in strategy")]
    [InlineData("KR=agent:", "names no command")]
    [InlineData("KR", "is not COUNTRY=STRATEGY")]
    public async Task A_bad_seat_exits_2_and_writes_nothing(string seat, string message)
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await Repo.RunAsync("run", Repo.SeedScenario, "--seat", seat, "--out", dir["out"]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public async Task An_agent_seat_does_not_go_to_a_server_and_a_built_in_seat_changes_the_strategy()
    {
        var (exit, _, error) = await Repo.RunAsync("run", Repo.SeedScenario, "--seat", "KR=agent:python3 x.py", "--connect", "127.0.0.1:1");
        Assert.Equal(2, exit);
        Assert.Contains("doesn't go with --connect", error);

        using var dir = new TempDirectory();
        Assert.Equal(0, (await Repo.RunAsync("run", Repo.SeedScenario, "--seat", "KR=hardliner", "--json", "--out", dir.Path)).Exit);
        var transcript = await File.ReadAllTextAsync(dir["transcript.jsonl"]);
        Assert.Contains("strategy: hardliner", transcript);
        Assert.DoesNotContain("seat-taken", transcript);
    }
}
