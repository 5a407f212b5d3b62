namespace TechPact.Host.Cli;

/// <summary>A loaded scenario, run on an in-process silo: the table while it runs, the pact and
/// the files once it has finished.</summary>
public static class ScenarioRun
{
    public static async Task<int> ExecuteAsync(Scenario scenario, RunOptions options, CliStreams streams,
        CancellationToken cancellation = default)
    {
        if (options.Dashboard)
            return await ServerLaunch.HostUntilStoppedAsync(new ServerOptions(options.Urls, options.ScenariosFolder) { Backing = options.Backing, RunsAgents = true }, streams, cancellation,
                server => PlayAsync(server.Grains, scenario, options, streams, cancellation));
        if (options.Connect is not null)
        {
            await using var client = await RemoteGrains.ConnectAsync(options.Connect, streams, cancellation);
            if (client is null) return ExitCodes.Failed;
            return await PlayAsync(client.Grains, scenario, options, streams, cancellation);
        }
        await using var silo = await NegotiationSilo.StartAsync(options.Backing, options.Verbose, cancellation);
        return await PlayAsync(silo.Grains, scenario, options, streams, cancellation);
    }

    private static async Task<int> PlayAsync(IGrainFactory grains, Scenario scenario, RunOptions options, CliStreams streams,
        CancellationToken cancellation)
    {
        var rules = scenario.RulesWith(options.Seed, options.MaxRounds);
        var console = Consoles.For(streams);
        var table = new RoundTable(scenario, withSeats: !options.Plan.IsEmpty);

        // Without events the table the run ends at is the one it opens with, so its outcome analysis (seconds on
        // a large table) starts now, beside the negotiation, on the cores a summit leaves idle; the report then
        // takes it from the shared cache instead of starting it after the last round.
        var progress = new AnalysisProgress(streams, scenario);
        if (scenario.Events.IsEmpty)
            _ = Task.Run(() => AnalysisCache.Shared.For(scenario, progress: progress.Report), CancellationToken.None)
                .ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted); // the report meets the same error

        IReadOnlyList<TranscriptEvent> transcript;
        var summitId = $"{scenario.Id}-{Guid.NewGuid():N}";
        var run = new SummitRun(grains, summitId, options.Pace, options.Plan);
        try
        {
            if (options.Json) transcript = await run.ExecuteAsync(scenario, rules, _ => { }, cancellation);
            else transcript = await table.ShowAsync(console, streams.IsConsole, onRound => run.ExecuteAsync(scenario, rules, onRound, cancellation));
        }
        catch (ArgumentException e)
        {
            await streams.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        // One line per seat the AI took over for good, after the table (which redraws in place).
        foreach (var line in SeatConsole.HandOvers(transcript)) await streams.Error.WriteLineAsync(line);

        progress.Waiting();
        var report = RunReport.FromLoaded(scenario, transcript, progress.Report);
        progress.Done();
        var files = options.OutDir is null ? null : report.Files();
        if (files is not null) RunFiles.WriteAtomically(options.OutDir!, files);

        // result.json is written once: the copy in --out is the one --json prints.
        if (options.Json) await streams.Out.WriteAsync(files?["result.json"] ?? report.ResultJson());
        else PactPanel.Show(console, report.Scenario, report.Outcome);
        return ExitCodes.Completed;
    }
}
