using System.Text.Json;
using TechPact.Agents.Tests.Fixtures;

namespace TechPact.Agents.Tests;

/// <summary>`tournament --agents`: two built-in strategies and one external agent over two scenarios.</summary>
public sealed class LeagueTests
{
    [Fact]
    public async Task A_league_of_three_entrants_one_external_over_two_scenarios_gives_a_stable_leaderboard()
    {
        async Task<(string Json, string Out)> PlayAsync()
        {
            using var dir = new TempDirectory();
            var (exit, output, error) = await Repo.RunAsync("tournament", Repo.SeedScenario, Repo.Scenario("eu-us-data-flows.yaml"),
                "--agents", $"boulware,conceder,agent:python3 {Repo.Example("tit_for_tat.py")}", "--seed", "7", "--move-time", "20s", "--out", dir.Path);
            Assert.True(exit == 0, error);
            Assert.True(File.Exists(dir["report.html"]));
            return (await File.ReadAllTextAsync(dir["tournament.json"]), output);
        }

        var (first, said) = await PlayAsync();
        using var doc = JsonDocument.Parse(first);
        var root = doc.RootElement;
        Assert.Equal(27 + 9, root.GetProperty("runs").GetInt32()); // 3 entrants ^ 3 countries + 3 ^ 2
        var board = root.GetProperty("leaderboard").EnumerateArray().ToArray();
        Assert.Equal(3, board.Length);
        Assert.Equal(27 * 3 + 9 * 2, board.Sum(s => s.GetProperty("seats").GetInt32()));
        Assert.Equal([1, 2, 3], board.Select(s => s.GetProperty("rank").GetInt32()));
        var utilities = board.Select(s => s.GetProperty("meanUtility").GetDouble()).ToArray();
        Assert.Equal(utilities.OrderByDescending(u => u), utilities);
        Assert.All(board, s => Assert.InRange(s.GetProperty("agreementRate").GetDouble(), 0, 1));
        Assert.All(board, s => Assert.True(s.GetProperty("meanNashDistance").GetDouble() >= 0));
        Assert.Contains(board, s => s.GetProperty("entrant").GetString()!.EndsWith("tit_for_tat.py", StringComparison.Ordinal));
        Assert.Contains(" 1. ", said);

        var (second, _) = await PlayAsync();
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("boulware", "at least two entrants")]
    [InlineData("boulware,bogus", "'bogus' is neither a built-in strategy")]
    [InlineData("boulware,boulware", "named twice")]
    [InlineData("boulware,agent:", "names no command")]
    public async Task Bad_entrant_lists_exit_2_and_write_nothing(string agents, string message)
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await Repo.RunAsync("tournament", Repo.SeedScenario, "--agents", agents, "--out", dir["out"]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(dir["out"]));
    }
}
