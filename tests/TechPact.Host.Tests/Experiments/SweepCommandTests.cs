using System.Text.Json;
using TechPact.Host.Tests.Cli;

namespace TechPact.Host.Tests.Experiments;

public sealed class SweepCommandTests
{
    private static string SeedScenario => Path.Combine(Repository.Root, "scenarios", "us-japan-korea.yaml");

    [Fact]
    public async Task The_same_runs_and_seed_give_the_same_sweep_json_whatever_the_parallelism()
    {
        using var dir = new TempDirectory();
        var serial = await CliHarness.RunAsync("sweep", SeedScenario, "--runs", "40", "--seed", "9", "--parallel", "1", "--out", dir["p1"]);
        var parallel = await CliHarness.RunAsync("sweep", SeedScenario, "--runs", "40", "--seed", "9", "--parallel", "4", "--out", dir["p4"]);
        Assert.Equal(0, serial.Exit);
        Assert.Equal(0, parallel.Exit);
        var json = await File.ReadAllTextAsync(Path.Combine(dir["p1"], "sweep.json"));
        Assert.Equal(json, await File.ReadAllTextAsync(Path.Combine(dir["p4"], "sweep.json")));

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(40, doc.RootElement.GetProperty("runs").GetInt32());
        var status = doc.RootElement.GetProperty("status");
        Assert.Equal(40, status.GetProperty("agreement").GetInt32() + status.GetProperty("partial").GetInt32() + status.GetProperty("noAgreement").GetInt32());
        foreach (var issue in doc.RootElement.GetProperty("adoption").EnumerateObject())
            Assert.Equal(1.0, issue.Value.EnumerateObject().Sum(o => o.Value.GetDouble()), 9);
        Assert.Equal(3, doc.RootElement.GetProperty("utilities").EnumerateObject().Count());
        Assert.Equal(2, doc.RootElement.GetProperty("sensitivity").GetArrayLength());
    }

    [Fact]
    public async Task A_different_seed_gives_a_different_sweep()
    {
        using var dir = new TempDirectory();
        await CliHarness.RunAsync("sweep", SeedScenario, "--runs", "30", "--seed", "1", "--out", dir["a"]);
        await CliHarness.RunAsync("sweep", SeedScenario, "--runs", "30", "--seed", "2", "--out", dir["b"]);
        Assert.NotEqual(await File.ReadAllTextAsync(Path.Combine(dir["a"], "sweep.json")),
            await File.ReadAllTextAsync(Path.Combine(dir["b"], "sweep.json")));
    }

    [Fact]
    public async Task The_report_is_one_self_contained_page_with_its_charts()
    {
        using var dir = new TempDirectory();
        var (exit, _, _) = await CliHarness.RunAsync("sweep", SeedScenario, "--runs", "10", "--out", dir.Path);
        Assert.Equal(0, exit);
        var html = await File.ReadAllTextAsync(dir["report.html"]);
        Assert.Equal(2, html.Split("<svg ").Length - 1);
        Assert.Contains("Free flow with trust", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--parallel", "0")]
    [InlineData("--vary", "priorities=lots")]
    [InlineData("--vary", "colour=±0.1")]
    public async Task Bad_options_exit_2_and_write_nothing(string option, string value)
    {
        using var dir = new TempDirectory();
        string[] args = option == "--runs"
            ? ["sweep", SeedScenario, "--runs", value, "--out", dir["out"]]
            : ["sweep", SeedScenario, "--runs", "5", option, value, "--out", dir["out"]];
        var (exit, _, error) = await CliHarness.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("error:", error.TrimStart());
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public async Task A_broken_scenario_exits_2_with_file_line_col()
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await CliHarness.RunAsync("sweep", CliHarness.Fixture("broken.yaml"), "--runs", "5", "--out", dir["out"]);
        Assert.Equal(2, exit);
        Assert.Matches(@"broken\.yaml:\d+:\d+: error", error);
        Assert.False(Directory.Exists(dir["out"]));
    }
}

internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
            throw new InvalidOperationException("Tests run inside the repository.");
        }
    }
}
