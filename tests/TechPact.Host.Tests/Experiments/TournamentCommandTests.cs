using System.Text.Json;
using TechPact.Host.Tests.Cli;

namespace TechPact.Host.Tests.Experiments;

public sealed class TournamentCommandTests
{
    private static string SeedScenario => Path.Combine(Repository.Root, "scenarios", "us-japan-korea.yaml");

    [Fact]
    public async Task Every_assignment_times_repetitions_is_played_and_ranked()
    {
        using var dir = new TempDirectory();
        var (exit, output, _) = await CliHarness.RunAsync("tournament", SeedScenario, "--strategies", "boulware,conceder,zeuthen",
            "--repetitions", "2", "--out", dir.Path);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(dir["tournament.json"]));
        var root = doc.RootElement;
        Assert.Equal(27, root.GetProperty("assignments").GetInt32()); // 3 strategies ^ 3 countries
        Assert.Equal(54, root.GetProperty("runs").GetInt32());
        var standings = root.GetProperty("standings").EnumerateArray().ToArray();
        Assert.Equal(3, standings.Length);
        Assert.Equal(54 * 3, standings.Sum(s => s.GetProperty("seats").GetInt32()));
        var utilities = standings.Select(s => s.GetProperty("meanUtility").GetDouble()).ToArray();
        Assert.Equal(utilities.OrderByDescending(u => u), utilities);
        Assert.Contains("1. ", output);
        Assert.True(File.Exists(dir["report.html"]));
    }

    [Theory]
    [InlineData("boulware,bogus", "unknown strategy 'bogus'")]
    [InlineData("boulware,boulware", "named twice")]
    public async Task Bad_strategy_lists_exit_2(string strategies, string message)
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await CliHarness.RunAsync("tournament", SeedScenario, "--strategies", strategies, "--out", dir["out"]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(dir["out"]));
    }
}
