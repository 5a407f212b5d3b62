namespace TechPact.Host.Tests.Cli;

/// <summary>Bad command lines are invalid input (exit 2), decided before any scenario is read.</summary>
public sealed class InvalidInputTests
{
    [Fact]
    public async Task No_verb_is_invalid_input()
    {
        var (exit, _, error) = await CliHarness.RunAsync();
        Assert.Equal(2, exit);
        Assert.Contains("error:", error);
    }

    [Fact]
    public async Task A_missing_file_is_invalid_input_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var (exit, output, error) = await CliHarness.RunAsync("run", dir["nope.yaml"], "--out", dir["out"]);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("nope.yaml: error: file not found", error);
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public async Task A_deadline_under_one_round_is_invalid_input()
    {
        var (exit, _, error) = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--max-rounds", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--max-rounds", error);
    }

    [Fact]
    public async Task A_non_numeric_seed_is_invalid_input()
    {
        var (exit, _, _) = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--seed", "soon");
        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Validate_on_a_missing_file_exits_2()
    {
        var (exit, _, error) = await CliHarness.RunAsync("validate", "/nonexistent/techpact.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("file not found", error);
    }

    [Fact]
    public async Task A_seed_that_is_not_a_number_is_named_in_plain_words()
    {
        var (exit, _, error) = await CliHarness.RunAsync("run", "whatever.yaml", "--seed", "abc");
        Assert.Equal(2, exit);
        Assert.Contains("'abc' is not valid for --seed; expected a whole number", error);
        Assert.DoesNotContain("System.", error);
    }
}
