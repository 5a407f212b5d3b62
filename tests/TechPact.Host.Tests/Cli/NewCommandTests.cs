using TechPact.Scenarios.Loading;

namespace TechPact.Host.Tests.Cli;

/// <summary>`techpact new`: the starter validates, keeps what --from gives it, never overwrites.</summary>
public sealed class NewCommandTests
{
    private static string SeedScenario()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return Path.Combine(dir.FullName, "scenarios", "us-japan-korea.yaml");
        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public async Task From_scratch_writes_a_commented_scenario_with_the_named_countries_that_validates()
    {
        using var dir = new TempDirectory();
        var (exit, output, error) = await CliHarness.RunAsync("new", "Chip talks 2026", "--countries", "US,JP,KR,TW", "-o", dir["chips.yaml"]);

        Assert.True(exit == 0, error);
        Assert.Contains("wrote ", output);
        var text = File.ReadAllText(dir["chips.yaml"]);
        Assert.StartsWith("# yaml-language-server: $schema=../schema/scenario.schema.json\n", text);
        Assert.Contains("# Utility of walking away (its BATNA)", text);
        var loaded = ScenarioLoader.LoadText(text, "chips.yaml");
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("chip-talks-2026", loaded.Scenario!.Id);
        Assert.Equal(["US", "JP", "KR", "TW"], loaded.Scenario.Countries.Select(c => c.Id));
        Assert.Equal("Taiwan", loaded.Scenario.Countries[3].Name);
        Assert.Equal(3, loaded.Scenario.Issues.Length);
    }

    [Fact]
    public async Task From_an_existing_scenario_keeps_its_agenda_and_the_briefs_of_the_countries_kept()
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await CliHarness.RunAsync("new", "US and Korea plus Germany", "--from", SeedScenario(), "--countries", "US,KR,DE", "-o", dir["new.yaml"]);

        Assert.True(exit == 0, error);
        var loaded = ScenarioLoader.LoadFile(dir["new.yaml"]);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var seed = ScenarioLoader.LoadFile(SeedScenario()).Scenario!;
        Assert.Equal(seed.Issues.Select(i => i.Id), loaded.Scenario!.Issues.Select(i => i.Id));
        Assert.Equal(["US", "KR", "DE"], loaded.Scenario.Countries.Select(c => c.Id));
        Assert.Equal(seed.Countries[2].Reservation, loaded.Scenario.Countries[1].Reservation);
        Assert.Equal(0, loaded.Scenario.Countries[2].Reservation);
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir["taken.yaml"], "mine");

        var (exit, _, error) = await CliHarness.RunAsync("new", "Anything", "-o", dir["taken.yaml"]);

        Assert.Equal(2, exit);
        Assert.Contains("already exists", error);
        Assert.Equal("mine", File.ReadAllText(dir["taken.yaml"]));
    }

    [Theory]
    [InlineData("--countries", "US")]
    [InlineData("--countries", "US,US")]
    [InlineData("--from", "no-such-scenario")]
    public async Task Bad_options_exit_2_and_write_nothing(string option, string value)
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await CliHarness.RunAsync("new", "Bad", option, value, "-o", dir["bad.yaml"]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error);
        Assert.False(File.Exists(dir["bad.yaml"]));
    }
}
