using TechPact.Negotiation.Summits;
using System.Text.Json;
using TechPact.Host.Cli;
using TechPact.Host.Tests.Cli;
using TechPact.Scenarios.Reports;

namespace TechPact.Host.Tests.Output;

/// <summary>A loaded scenario through the in-process silo, the table, the pact and the files.</summary>
public sealed class ScenarioRunTests
{
    [Fact]
    public async Task Table_pact_and_files_come_from_the_grain_run()
    {
        var scenario = TinyScenario.Create();
        using var dir = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ScenarioRun.ExecuteAsync(scenario, new RunOptions(OutDir: dir.Path), new CliStreams(output, error, false));

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Tiny – <pact> [test]", text);
        foreach (var id in new[] { "US", "JP", "KR", "Round", "Converged", "Pact:" }) Assert.Contains(id, text);
        Assert.Contains("Standard [", text);

        var run = SummitRunner.Run(scenario);
        var pure = new RunReport(run.Scenario, run.Transcript);
        Assert.Equal(pure.TranscriptJsonl(), File.ReadAllText(dir["transcript.jsonl"]));
        Assert.Equal(pure.ResultJson(), File.ReadAllText(dir["result.json"]));
        Assert.Equal(pure.PactMarkdown(), File.ReadAllText(dir["pact.md"]));
        using var result = JsonDocument.Parse(File.ReadAllText(dir["result.json"]));
        foreach (var key in new[] { "analysis", "clubs", "ledger" }) Assert.True(result.RootElement.TryGetProperty(key, out _), key);
        var analysis = result.RootElement.GetProperty("analysis");
        foreach (var key in new[] { "nash", "kalaiSmorodinsky", "maxWelfare", "paretoOptimal", "distanceToNash" })
            Assert.True(analysis.TryGetProperty(key, out _), key);
        Assert.Equal(pure.ReportHtml(), File.ReadAllText(dir["report.html"]));
        Assert.Equal(4, Directory.GetFiles(dir.Path).Length);
    }

    [Fact]
    public async Task Json_prints_only_the_result_with_overrides_applied()
    {
        var scenario = TinyScenario.Create();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ScenarioRun.ExecuteAsync(scenario, new RunOptions(Seed: 99, MaxRounds: 2, Json: true),
            new CliStreams(output, error, false));

        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(output.ToString());
        Assert.Equal(99, result.RootElement.GetProperty("seed").GetInt64());
        Assert.True(result.RootElement.GetProperty("rounds").GetInt32() <= 2);
        var pure = SummitRunner.Run(scenario, scenario.RulesWith(99, 2));
        Assert.Equal(new RunReport(pure.Scenario, pure.Transcript).ResultJson(), output.ToString());
    }

    /// <summary>A country that walked out reads "left" in the round table from the round it left, not a
    /// utility and a ✗ as if it had answered and refused.</summary>
    [Fact]
    public async Task The_round_table_marks_a_country_that_walked_out_as_left()
    {
        var tiny = TinyScenario.Create();
        var scenario = tiny with { Events = [new(1, "walkout", "Korea walks out", [new TechPact.Negotiation.Events.PartyLeaves("KR")])] };
        using var output = new StringWriter();

        Assert.Equal(0, await ScenarioRun.ExecuteAsync(scenario, new RunOptions(), new CliStreams(output, new StringWriter(), false)));

        var rows = output.ToString().Split('\n').Where(line => line.TrimStart().StartsWith("│", StringComparison.Ordinal)
            && line.Split('│', StringSplitOptions.TrimEntries).ElementAtOrDefault(1) is { Length: > 0 } round && char.IsDigit(round[0])).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal("left", row.Split('│', StringSplitOptions.TrimEntries)[4]));
        Assert.All(rows, row => Assert.Matches(@"^\d\.\d{3} [✓✗]$", row.Split('│', StringSplitOptions.TrimEntries)[2]));
    }
}
