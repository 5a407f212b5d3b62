using TechPact.Host.Tests.Cli;
using TechPact.Host.Tests.Experiments;
using TechPact.Tests.Golden;

namespace TechPact.Host.Tests.Golden;

/// <summary>sweep.json, tournament.json (strategies) and the league's tournament.json, pinned byte for
/// byte (tests/TechPact.Scenarios.Tests/Golden/Files): a change to how they are written cannot change them unseen.</summary>
public sealed class ExperimentGoldenTests
{
    private static string Scenario(string file) => Path.Combine(Repository.Root, "scenarios", file);

    private static async Task<string> Written(string file, params string[] args)
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await CliHarness.RunAsync([.. args, "--out", dir["out"]]);
        Assert.True(exit == 0, error);
        return await File.ReadAllTextAsync(Path.Combine(dir["out"], file));
    }

    [Fact]
    public async Task The_sweep_json_is_the_pinned_bytes() =>
        GoldenFiles.Match("sweep.json", await Written("sweep.json",
            "sweep", Scenario("us-japan-korea.yaml"), "--runs", "24", "--seed", "5", "--vary", "priorities=±0.1,strengths=±0.2,reservation=±0.05"));

    [Fact]
    public async Task The_tournament_json_is_the_pinned_bytes() =>
        GoldenFiles.Match("tournament.json", await Written("tournament.json",
            "tournament", Scenario("us-japan-korea.yaml"), "--strategies", "boulware,conceder,zeuthen", "--repetitions", "2", "--seed", "3"));

    [Fact]
    public async Task The_leagues_tournament_json_is_the_pinned_bytes() =>
        GoldenFiles.Match("league.tournament.json", await Written("tournament.json",
            "tournament", Scenario("us-japan-korea.yaml"), Scenario("chip4-alliance.yaml"), "--agents", "boulware,linear,hardliner", "--seed", "2"));
}
