using System.CommandLine.Parsing;

namespace TechPact.Host.Cli;

/// <summary>`techpact tournament &lt;scenario...&gt; --agents a,b,c`: the league. Every entrant plays every
/// role of every scenario against every combination of the others, over seeds; agent entrants' programs
/// are started by the country grains of an in-process silo, runs in parallel.</summary>
public static class LeagueCommand
{
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> files, string entrantsText, int repetitions, long? seed, int? parallel,
        int? maxRounds, string? moveTimeText, string outDir, CliStreams streams, CancellationToken cancellation)
    {
        var entrants = ParseEntrants(entrantsText, streams.Error);
        if (entrants is null) return ExitCodes.InvalidInput;
        if (!Pace.TryParse(moveTimeText, SeatPlan.MaxMoveTime, out var moveTime) || (moveTimeText is not null && moveTime <= TimeSpan.Zero))
        {
            await streams.Error.WriteLineAsync($"error: --move-time: '{moveTimeText}' is not a duration like 500ms or 5s");
            return ExitCodes.InvalidInput;
        }
        if (moveTimeText is null) moveTime = SeatPlan.DefaultMoveTime;
        var scenarios = ImmutableArray.CreateBuilder<Scenario>();
        foreach (var file in files)
        {
            var loaded = ScenarioInput.Load(file, streams.Error);
            if (loaded is null) return ExitCodes.InvalidInput;
            if (entrants.Value.Any(e => e.IsAgent) && SeatRules.Problem(Summit.Open(loaded, loaded.Rules)) is { } problem)
            {
                await streams.Error.WriteLineAsync($"{file}: error: {problem}");
                return ExitCodes.InvalidInput;
            }
            scenarios.Add(loaded);
        }
        if (LeaguePlan.RunCount(entrants.Value.Length, scenarios, repetitions) is null)
        {
            await streams.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"error: {entrants.Value.Length} entrants over these scenarios × {repetitions} repetitions is more than {TournamentPlan.MaxRuns:N0} runs"));
            return ExitCodes.InvalidInput;
        }

        var plan = new LeaguePlan(scenarios.ToImmutable(), entrants.Value, repetitions, seed ?? scenarios[0].Rules.Seed, maxRounds);
        var results = await ExperimentRun.PlayAsync(plan.Runs, "Tournament", streams, cancellation, (grains, done) =>
            GrainExperiment.RunAsync(grains, plan, moveTime, parallel ?? 4 * Environment.ProcessorCount, $"league-{Guid.NewGuid():N}", done, cancellation));
        var standings = Leaderboard.Of(plan, results, Leaderboard.NashPoints(plan));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{plan.Entrants.Length} entrants in every role of {plan.Scenarios.Length} scenario(s) ({string.Join(", ", plan.Scenarios.Select(s => s.Id))}) × {repetitions} repetition(s) = {plan.Runs} runs, seed {plan.Seed}.");
        RunFiles.WriteAtomically(outDir, new Dictionary<string, string>
        {
            ["tournament.json"] = LeagueJson.Write(plan, results, standings),
            ["report.html"] = LeagueReportHtml.Write(plan, results, standings, summary),
        });
        await streams.Out.WriteLineAsync(summary);
        await streams.Out.WriteLineAsync(" #  entrant                                  seats  utility  margin  agreement  to Nash  welfare");
        foreach (var s in standings)
            await streams.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{s.Rank,2}. {Name(s.Entrant),-40} {s.Seats,5}  {s.MeanUtility,7:0.000}  {s.MeanMargin,6:0.000}  {s.AgreementRate,9:P1}  {(s.MeanNashDistance is { } d ? d.ToString("0.000", CultureInfo.InvariantCulture) : "-"),7}  {s.MeanWelfare,7:0.000}"));
        return ExitCodes.Completed;
    }

    /// <summary>Commas separate entrants, except inside double quotes: agent:"python3 a.py --x=1,2".</summary>
    public static ImmutableArray<Entrant>? ParseEntrants(string text, TextWriter error)
    {
        var entrants = ImmutableArray.CreateBuilder<Entrant>();
        foreach (var raw in SplitOutsideQuotes(text))
        {
            var item = raw.Trim();
            if (item.Length == 0) continue;
            Entrant entrant;
            if (item.StartsWith(SeatOptions.AgentPrefix, StringComparison.Ordinal))
            {
                var command = Unquote(item[SeatOptions.AgentPrefix.Length..].Trim());
                if (!CommandLineParser.SplitCommandLine(command).Any()) { error.WriteLine($"error: --agents: '{item}' names no command"); return null; }
                entrant = Entrant.Agent(command);
            }
            else if (StrategyCatalog.TryGet(item, out var spec)) entrant = Entrant.BuiltIn(spec);
            else
            {
                error.WriteLine($"error: --agents: '{item}' is neither a built-in strategy ({string.Join(", ", StrategyCatalog.Names)}) nor {SeatOptions.AgentPrefix}COMMAND");
                return null;
            }
            if (entrants.Any(e => e.Name == entrant.Name)) { error.WriteLine($"error: --agents: '{entrant.Name}' is named twice"); return null; }
            entrants.Add(entrant);
        }
        if (entrants.Count < 2) { error.WriteLine("error: --agents needs at least two entrants"); return null; }
        return entrants.ToImmutable();
    }

    private static IEnumerable<string> SplitOutsideQuotes(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"') quoted = !quoted;
            if (ch == ',' && !quoted) { yield return current.ToString(); current.Clear(); }
            else current.Append(ch);
        }
        yield return current.ToString();
    }

    private static string Unquote(string text) => text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;

    private static string Name(string name) => name.Length <= 40 ? name : "…" + name[^39..];
}
