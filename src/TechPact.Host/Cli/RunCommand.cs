using System.CommandLine;

namespace TechPact.Host.Cli;

/// <summary>`techpact run &lt;scenario&gt; [--seed N] [--max-rounds N] [--out DIR] [--json]`.</summary>
public static class RunCommand
{
    public static Command Create(CliStreams streams)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario YAML file." };
        var seed = new Option<long?>("--seed") { Description = "Seed for the run (default: the scenario's)." };
        var maxRounds = new Option<int?>("--max-rounds") { Description = "Deadline in rounds (default: the scenario's)." };
        var outDir = new Option<string?>("--out") { Description = "Write transcript.jsonl, result.json and pact.md here." };
        var json = new Option<bool>("--json") { Description = "Print result.json to stdout instead of the table." };
        var command = new Command("run", "Run a scenario through the country grains and print the pact.")
        {
            scenario, seed, maxRounds, outDir, json,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var options = new RunOptions(parsed.GetValue(seed), parsed.GetValue(maxRounds), parsed.GetValue(outDir), parsed.GetValue(json));
            return ExecuteAsync(parsed.GetValue(scenario)!, options, streams, cancellation);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(string path, RunOptions options, CliStreams streams, CancellationToken cancellation)
    {
        if (options.MaxRounds is < 1)
        {
            await streams.Error.WriteLineAsync("error: --max-rounds must be at least 1");
            return ExitCodes.InvalidInput;
        }
        var loaded = ScenarioInput.Load(path, streams.Error);
        if (loaded is null) return ExitCodes.InvalidInput;
        return await ScenarioRun.ExecuteAsync(loaded, options, streams, cancellation);
    }
}

/// <param name="OutDir">Null: write no files.</param>
/// <param name="Json">Print result.json instead of the table and the pact.</param>
public sealed record RunOptions(long? Seed = null, int? MaxRounds = null, string? OutDir = null, bool Json = false);
