using TechPact.Host.Experiments;
using TechPact.Scenarios.Global;

namespace TechPact.Host.Tests.Cli;

/// <summary>The terminal is for people: a table of many countries gets a round table of figures (how many
/// accept, lowest, median and highest utility) instead of a column per country.</summary>
public class LargeTableOutputTests
{
    [Fact]
    public async Task A_twenty_country_run_prints_one_summary_row_per_round()
    {
        using var dir = new TempDirectory();
        var file = dir["twenty.yaml"];
        File.WriteAllText(file, GlobalScenarioYaml.Write(GlobalSummitGenerator.Generate(countries: 20)));
        var (exit, output, error) = await CliHarness.RunAsync("run", file);
        Assert.True(exit == 0, error);
        Assert.Contains("Accepting", output);
        Assert.Contains("Lowest utility", output);
        Assert.Contains("20 countries: each one's utility, round by round, is in transcript.jsonl", output);
        Assert.Matches(@"│\s+1 │\s+\d+/20", output);
    }

    [Fact]
    public async Task A_three_country_run_keeps_a_column_per_country()
    {
        var (exit, output, error) = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"));
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("Accepting", output);
    }
}
