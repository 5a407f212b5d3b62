using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Negotiation.Negotiators;

namespace TechPact.Host.Cli;

/// <summary>`techpact tournament &lt;scenario&gt; --strategies a,b,… [--repetitions R] [--seed S] [--parallel P] [--out DIR]`:
/// every assignment of strategies to countries, ranked by mean utility and agreement rate; or
/// `techpact tournament &lt;scenario...&gt; --agents a,agent:"cmd",…`: a league of built-in strategies and
/// agent programs, every entrant in every role of every scenario, with an ANAC-style leaderboard.</summary>
public static class TournamentCommand
{
    public static Command Create(CliStreams streams)
    {
        var scenario = new Argument<string[]>("scenario") { Description = "The scenario YAML file(s); --strategies takes one.", Arity = ArgumentArity.OneOrMore };
        var strategies = new Option<string?>("--strategies") { Description = "Comma-separated strategies, e.g. boulware,conceder,zeuthen." };
        var agents = new Option<string?>("--agents")
        {
            Description = "Comma-separated entrants: built-in strategies and agent programs, e.g. boulware,conceder,agent:\"python3 examples/agents/tit_for_tat.py\".",
        };
        var moveTime = SeatOptions.MoveTime();
        var repetitions = new Option<int?>("--repetitions") { Description = "Seeds per assignment (default 1)." };
        var seed = new Option<long?>("--seed") { Description = "Seed of the tournament (default: the scenario's)." };
        var parallel = new Option<int?>("--parallel") { Description = "Summits in flight at once (default: 4 per core)." };
        var maxRounds = new Option<int?>("--max-rounds") { Description = "Deadline in rounds (default: the scenario's)." };
        var verbose = VerboseOption.Create();
        var outDir = new Option<string?>("--out") { Description = "Write tournament.json, sweep.json and report.html here (default: tournament-<scenario id>, or tournament-league with --agents)." };
        var command = new Command("tournament", "Play every assignment of strategies (or agents) to countries and rank them.")
        {
            scenario, strategies, agents, repetitions, seed, parallel, maxRounds, outDir, moveTime, verbose,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var reps = parsed.GetValue(repetitions) ?? 1;
            if (!ExperimentRun.CheckCounts(streams.Error, ("--repetitions", reps), ("--parallel", parsed.GetValue(parallel)), ("--max-rounds", parsed.GetValue(maxRounds))))
                return ExitCodes.InvalidInput;
            var files = parsed.GetValue(scenario)!;
            if ((parsed.GetValue(strategies) is null) == (parsed.GetValue(agents) is null))
            {
                await streams.Error.WriteLineAsync("error: give either --strategies (one scenario) or --agents (a league over one or more scenarios)");
                return ExitCodes.InvalidInput;
            }
            if (parsed.GetValue(agents) is { } entrants)
            {
                var league = parsed.GetValue(outDir) ?? "tournament-league";
                if (!OptionLimits.CheckOut(streams.Error, league)) return ExitCodes.InvalidInput;
                return await LeagueCommand.ExecuteAsync(files, entrants, reps, parsed.GetValue(seed), parsed.GetValue(parallel), parsed.GetValue(maxRounds),
                    parsed.GetValue(moveTime), league, streams, cancellation);
            }
            if (files.Length != 1)
            {
                await streams.Error.WriteLineAsync("error: --strategies plays one scenario; for several, use --agents");
                return ExitCodes.InvalidInput;
            }
            var specs = ParseStrategies(parsed.GetValue(strategies)!, streams.Error);
            if (specs is null) return ExitCodes.InvalidInput;
            var loaded = ScenarioInput.Load(files[0], streams.Error);
            if (loaded is null) return ExitCodes.InvalidInput;
            var folder = parsed.GetValue(outDir) ?? $"tournament-{loaded.Id}";
            if (!OptionLimits.CheckOut(streams.Error, folder)) return ExitCodes.InvalidInput;
            var assignments = TournamentPlan.AssignmentCount(specs.Value.Length, loaded.Countries.Length);
            if (assignments is null || assignments * reps > TournamentPlan.MaxRuns)
            {
                await streams.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"error: {specs.Value.Length} strategies over {loaded.Countries.Length} countries × {reps} repetitions is more than {TournamentPlan.MaxRuns:N0} runs"));
                return ExitCodes.InvalidInput;
            }

            var plan = new TournamentPlan(loaded, specs.Value, reps, parsed.GetValue(seed) ?? loaded.Rules.Seed, parsed.GetValue(maxRounds));
            var played = await ExperimentRun.PlayAsync(plan, parsed.GetValue(parallel) ?? 4 * Environment.ProcessorCount,
                $"Tournament {loaded.Id}", streams, cancellation, parsed.GetValue(verbose));
            var result = SweepResult.Aggregate(plan, played);
            var standings = TournamentStandings.Of(plan, played);
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{plan.Assignments} assignments of {string.Join(", ", specs.Value.Select(s => s.Name))} to {loaded.Countries.Length} countries × {reps} repetition(s) = {plan.Runs} runs, seed {plan.Seed}.");
            RunFiles.WriteAtomically(folder, new Dictionary<string, string>
            {
                ["tournament.json"] = ExperimentJson.Tournament(plan, result, standings),
                ["report.html"] = ExperimentReportHtml.Write(loaded, $"Tournament: {loaded.Title}", summary, result, standings),
            });
            await streams.Out.WriteLineAsync(summary);
            await streams.Out.WriteLineAsync($"Wrote {Path.Combine(folder, "tournament.json")} and report.html.");
            foreach (var s in standings)
                await streams.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Rank,2}. {s.Strategy,-12} mean utility {s.MeanUtility:0.000}  agreement {s.AgreementRate:P1}  ({s.Seats} seats)"));
            return ExitCodes.Completed;
        });
        return command;
    }

    private static ImmutableArray<StrategySpec>? ParseStrategies(string text, TextWriter error)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var specs = ImmutableArray.CreateBuilder<StrategySpec>();
        foreach (var name in names)
        {
            if (!StrategyCatalog.TryGet(name, out var spec))
            {
                error.WriteLine($"error: --strategies: unknown strategy '{name}'; known: {string.Join(", ", StrategyCatalog.Names)}");
                return null;
            }
            if (specs.Contains(spec)) { error.WriteLine($"error: --strategies: '{name}' is named twice"); return null; }
            specs.Add(spec);
        }
        if (specs.Count == 0) { error.WriteLine("error: --strategies names no strategy"); return null; }
        return specs.ToImmutable();
    }
}
