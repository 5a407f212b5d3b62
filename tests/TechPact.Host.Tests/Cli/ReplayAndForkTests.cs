using System.Text.Json;

namespace TechPact.Host.Tests.Cli;

/// <summary>replay and fork end to end: a run through the CLI with --out, then its transcript.</summary>
public sealed class ReplayAndForkTests : IDisposable
{
    private const string Inject =
        "{round: 3, id: shock, title: \"US raises its floor\", effects: [{reservation: {country: US, value: 0.8}}]}";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ParentAsync()
    {
        var (exit, _, error) = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--out", _dir["parent"]);
        Assert.True(exit == 0, error);
        return Path.Combine(_dir["parent"], "transcript.jsonl");
    }

    private static int RoundOf(string line) => JsonDocument.Parse(line).RootElement.GetProperty("round").GetInt32();

    private static string[] Lines(string path, Func<string, bool> keep) =>
        File.ReadAllLines(path).Where(keep).ToArray();

    [Fact]
    public async Task Replay_reproduces_a_run_byte_for_byte()
    {
        var parent = await ParentAsync();

        var (exit, output, error) = await CliHarness.RunAsync("replay", parent);

        Assert.True(exit == 0, error);
        Assert.Contains("reproduces byte for byte (6 rounds, status agreement)", output);
    }

    [Fact]
    public async Task Replay_catches_one_changed_number_and_names_its_line()
    {
        var parent = await ParentAsync();
        var lines = File.ReadAllLines(parent);
        var n = Array.FindIndex(lines, l => l.Contains("\"country-answered\"") && l.Contains("\"round\":2"));
        var utility = JsonDocument.Parse(lines[n]).RootElement.GetProperty("draftUtility").GetRawText();
        lines[n] = lines[n].Replace($"\"draftUtility\":{utility}", $"\"draftUtility\":{utility}1");
        File.WriteAllText(parent, string.Join('\n', lines) + "\n");

        var (exit, _, error) = await CliHarness.RunAsync("replay", parent);

        Assert.Equal(1, exit);
        Assert.Contains($"transcript.jsonl:{n + 1}: does not reproduce (re-run by the engine from scratch)", error);
        Assert.Contains($"{utility}1", error);
    }

    [Fact]
    public async Task Replay_of_a_malformed_file_exits_2_with_file_and_line()
    {
        var parent = await ParentAsync();
        var lines = File.ReadAllLines(parent);
        lines[2] = lines[2][..10];
        File.WriteAllText(parent, string.Join('\n', lines) + "\n");

        var (exit, _, error) = await CliHarness.RunAsync("replay", parent);

        Assert.Equal(2, exit);
        Assert.Contains("transcript.jsonl:3: error: not JSON", error);
    }

    [Theory]
    [InlineData("--seed", "12")]
    [InlineData("--inject", Inject)]
    public async Task A_fork_shares_rounds_1_to_K_with_its_parent_and_differs_after(string option, string value)
    {
        var parent = await ParentAsync();

        var (exit, output, error) = await CliHarness.RunAsync("fork", parent, "--at-round", "1", option, value, "--out", _dir["fork"]);

        Assert.True(exit == 0, error);
        Assert.Contains("Pact:", output);
        var fork = Path.Combine(_dir["fork"], "transcript.jsonl");
        Assert.Equal(Lines(parent, l => RoundOf(l) <= 1), Lines(fork, l => RoundOf(l) <= 1 && !l.Contains("\"summit-forked\"")));
        Assert.NotEqual(Lines(parent, l => RoundOf(l) > 1), Lines(fork, l => RoundOf(l) > 1));
        Assert.True(File.Exists(Path.Combine(_dir["fork"], "result.json")) && File.Exists(Path.Combine(_dir["fork"], "pact.md")));

        var replay = await CliHarness.RunAsync("replay", fork);
        Assert.True(replay.Exit == 0, replay.Error);
    }

    [Fact]
    public async Task A_fork_with_an_inject_fires_the_event()
    {
        var parent = await ParentAsync();

        var (exit, _, error) = await CliHarness.RunAsync("fork", parent, "--at-round", "1", "--inject", Inject, "--out", _dir["fork"]);

        Assert.True(exit == 0, error);
        var fired = Assert.Single(Lines(Path.Combine(_dir["fork"], "transcript.jsonl"), l => l.Contains("\"event-fired\"")));
        Assert.Equal("{\"type\":\"event-fired\",\"round\":3,\"event\":\"shock\",\"title\":\"US raises its floor\"}", fired);
    }

    [Fact]
    public async Task The_forks_debrief_shows_it_beside_its_parent()
    {
        var parent = await ParentAsync();

        var (exit, _, error) = await CliHarness.RunAsync("fork", parent, "--at-round", "1", "--seed", "99", "--out", _dir["fork"]);

        Assert.True(exit == 0, error);
        var report = File.ReadAllText(Path.Combine(_dir["fork"], "report.html"));
        var parentAt = report.IndexOf("Parent (seed ", StringComparison.Ordinal);
        var forkAt = report.IndexOf("The fork", StringComparison.Ordinal);
        Assert.True(parentAt >= 0 && forkAt > parentAt, "the parent's table comes first, then the fork's");
        Assert.Contains("Across the tables", report);
    }

    [Theory]
    [InlineData("6", "--at-round must be from 0 to 5")]
    [InlineData("-1", "--at-round must be from 0 to 5")]
    public async Task A_fork_at_a_round_the_parent_never_reached_exits_2(string round, string message)
    {
        var parent = await ParentAsync();

        var (exit, output, error) = await CliHarness.RunAsync("fork", parent, "--at-round", round, "--out", _dir["fork"]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(_dir["fork"]));
    }

    [Theory]
    [InlineData("{round: 3, id: x, effects: [{reservation: {country: UZ, value: 0.3}}]}", "--inject:1:53: error: country 'UZ' in reservation effect of event 'x' is not in the scenario; did you mean 'US'?")]
    [InlineData("{round: 1, id: x, effects: [{reservation: {country: US, value: 0.3}}]}", "--inject:1:9: error: event 'x' is set for round 1, before the round after the fork (2); expected a round from 2")]
    [InlineData("{round: 3, id: x, effects: [{reservations: {country: US, value: 0.3}}]}", "unknown key 'reservations' in effect #1 of event 'x'; did you mean 'reservation'?")]
    [InlineData("{round: 3, id: x, effects: [{red-line: {country: KR, issue: data-flows, option: freeflow}}]}", "did you mean 'free-flow'?")]
    [InlineData("{round: 3, id: x, effects: [{reservation: {country: US, value: 1.5}}]}", "1.5 is out of range; expected a number between 0 and 1")]
    [InlineData("{round: 3, id: [unclosed", "--inject:2:1: error: YAML syntax error")]
    public async Task A_bad_inject_exits_2_with_a_clear_message(string inject, string message)
    {
        var parent = await ParentAsync();

        var (exit, output, error) = await CliHarness.RunAsync("fork", parent, "--at-round", "1", "--inject", inject);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Equal("", output);
    }
}
