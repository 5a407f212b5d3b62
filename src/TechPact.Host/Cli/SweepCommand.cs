using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;

namespace TechPact.Host.Cli;

/// <summary>`techpact sweep &lt;scenario&gt; --runs N [--seed S] [--vary …] [--parallel P] [--max-rounds N] [--out DIR]`:
/// N seeded runs with perturbed preferences on summit grains; sweep.json and report.html.</summary>
public static class SweepCommand
{
    public static Command Create(CliStreams streams)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario YAML file." };
        var runs = new Option<int>("--runs") { Description = "How many runs.", Required = true };
        var seed = new Option<long?>("--seed") { Description = "Seed of the sweep (default: the scenario's)." };
        var vary = new Option<string?>("--vary")
        {
            Description = "What to perturb, e.g. priorities=±0.1,reservation=±0.05 (also positions, strengths). Default: that example.",
        };
        var parallel = new Option<int?>("--parallel") { Description = "Summits in flight at once (default: 4 per core). Never changes the results." };
        var maxRounds = new Option<int?>("--max-rounds") { Description = "Deadline in rounds (default: the scenario's)." };
        var verbose = VerboseOption.Create();
        var outDir = new Option<string?>("--out") { Description = "Write sweep.json and report.html here (default: sweep-<scenario id>)." };
        var command = new Command("sweep", "Monte-Carlo sweep: many seeded runs with perturbed preferences, on summit grains in parallel.")
        {
            scenario, runs, seed, vary, parallel, maxRounds, outDir, verbose,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var p = parsed.GetValue(parallel);
            if (!ExperimentRun.CheckCounts(streams.Error, ("--runs", parsed.GetValue(runs)), ("--parallel", p), ("--max-rounds", parsed.GetValue(maxRounds))))
                return ExitCodes.InvalidInput;
            var spec = VarySpec.Default;
            if (parsed.GetValue(vary) is { } text && !VarySpec.TryParse(text, out spec, out var problem))
            {
                await streams.Error.WriteLineAsync($"error: {problem}");
                return ExitCodes.InvalidInput;
            }
            var loaded = ScenarioInput.Load(parsed.GetValue(scenario)!, streams.Error);
            if (loaded is null) return ExitCodes.InvalidInput;
            var folder = parsed.GetValue(outDir) ?? $"sweep-{loaded.Id}";
            if (!OptionLimits.CheckOut(streams.Error, folder)) return ExitCodes.InvalidInput;

            var plan = new SweepPlan(loaded, parsed.GetValue(runs), parsed.GetValue(seed) ?? loaded.Rules.Seed, spec, parsed.GetValue(maxRounds));
            var played = await ExperimentRun.PlayAsync(plan, p ?? 4 * Environment.ProcessorCount, $"Sweep {loaded.Id}", streams, cancellation, parsed.GetValue(verbose));
            var result = SweepResult.Aggregate(plan, played);
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{plan.Runs} runs of {loaded.Id}, seed {plan.Seed}, vary {(spec.Dimensions.IsEmpty ? "nothing" : spec.ToString())}.");
            RunFiles.WriteAtomically(folder, new Dictionary<string, string>
            {
                ["sweep.json"] = ExperimentJson.Sweep(plan, result),
                ["report.html"] = ExperimentReportHtml.Write(loaded, $"Sweep: {loaded.Title}", summary, result),
            });
            await streams.Out.WriteLineAsync($"Wrote {Path.Combine(folder, "sweep.json")} and report.html.");
            await streams.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{summary} Agreement in {result.AgreementRate:P1} of runs; most influential: " +
                $"{(result.Sensitivity.IsEmpty ? "n/a" : VarySpec.NameOf(result.Sensitivity[0].Dimension))}."));
            return ExitCodes.Completed;
        });
        return command;
    }
}
