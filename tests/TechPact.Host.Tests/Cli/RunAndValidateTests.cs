using System.Text.Json;

namespace TechPact.Host.Tests.Cli;

/// <summary>The verbs end to end on YAML files. These need the real ScenarioLoader.</summary>
public sealed class RunAndValidateTests
{
    [Fact]
    public async Task Run_with_out_writes_the_three_files()
    {
        using var dir = new TempDirectory();
        var (exit, output, error) = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--out", dir.Path);

        Assert.True(exit == 0, error);
        Assert.Equal(["pact.md", "report.html", "result.json", "transcript.jsonl"],
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var result = JsonDocument.Parse(File.ReadAllText(dir["result.json"]));
        Assert.Equal("small-pact", result.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(11, result.RootElement.GetProperty("seed").GetInt64());
        Assert.StartsWith("{\"type\":\"summit-opened\"", File.ReadAllText(dir["transcript.jsonl"]));
        Assert.StartsWith("# Small pact (CLI test fixture)", File.ReadAllText(dir["pact.md"]));
        Assert.Contains("Pact:", output);
    }

    [Fact]
    public async Task Run_on_a_broken_file_exits_2_with_every_diagnostic_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var outDir = dir["out"];
        var (exit, output, error) = await CliHarness.RunAsync("run", CliHarness.Fixture("broken.yaml"), "--out", outDir);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("broken.yaml:", error);
        Assert.Contains(": error: ", error);
        Assert.True(error.Split('\n').Count(l => l.Contains(": error: ")) > 1, error);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Run_json_prints_result_json_and_the_same_seed_prints_the_same_bytes()
    {
        var first = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--json", "--seed", "3");
        var second = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--json", "--seed", "3");

        Assert.True(first.Exit == 0, first.Error);
        using var result = JsonDocument.Parse(first.Out);
        Assert.Equal(3, result.RootElement.GetProperty("seed").GetInt64());
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Validate_says_ok_per_clean_file_and_exits_2_on_any_error()
    {
        var clean = await CliHarness.RunAsync("validate", CliHarness.Fixture("small.yaml"));
        Assert.Equal(0, clean.Exit);
        Assert.Contains("small.yaml: ok", clean.Out);

        var mixed = await CliHarness.RunAsync("validate", CliHarness.Fixture("small.yaml"), CliHarness.Fixture("broken.yaml"));
        Assert.Equal(2, mixed.Exit);
        Assert.Contains("small.yaml: ok", mixed.Out);
        Assert.DoesNotContain("broken.yaml: ok", mixed.Out);
        Assert.Contains("broken.yaml:", mixed.Error);
    }
}
