namespace TechPact.Host.Cli;

/// <summary>A loaded scenario, run on an in-process silo: the table while it runs, the pact and
/// the files once it has finished.</summary>
public static class ScenarioRun
{
    public static async Task<int> ExecuteAsync(Scenario scenario, RunOptions options, CliStreams streams,
        CancellationToken cancellation = default)
    {
        // The outcome analysis (seconds on a large table) starts before anything else, on the cores the silo's
        // start and the summit leave idle; the report takes it from the shared cache.
        var progress = new AnalysisProgress(streams, scenario);
        StartAnalysis(scenario, progress, options.Phases);
        if (options.Dashboard)
            return await ServerLaunch.HostUntilStoppedAsync(new ServerOptions(options.Urls, options.ScenariosFolder) { Backing = options.Backing, RunsAgents = true }, streams, cancellation,
                server => PlayAsync(server.Grains, scenario, options, streams, progress, cancellation));
        if (options.Connect is not null)
        {
            await using var client = await RemoteGrains.ConnectAsync(options.Connect, streams, cancellation);
            if (client is null) return ExitCodes.Failed;
            return await PlayAsync(client.Grains, scenario, options, streams, progress, cancellation);
        }
        var silo = await NegotiationSilo.StartAsync(options.Backing, options.Verbose, cancellation);
        options.Phases.Mark("silo started");
        // Once the last round is in, nothing needs the grains: the silo stops while the report is written.
        Task? stopping = null;
        try
        {
            return await PlayAsync(silo.Grains, scenario, options, streams, progress, cancellation,
                negotiated: () => stopping = silo.DisposeAsync().AsTask());
        }
        finally
        {
            await (stopping ?? silo.DisposeAsync().AsTask());
            options.Phases.Mark("silo stopped");
        }
    }

    /// <summary>Without events the table the run ends at is the one it opens with, so its analysis can start now.</summary>
    private static void StartAnalysis(Scenario scenario, AnalysisProgress progress, RunPhases phases)
    {
        if (!scenario.Events.IsEmpty) return;
        _ = Task.Run(() =>
            {
                AnalysisCache.Shared.For(scenario, progress: progress.Report);
                phases.Mark("analysis done");
            }, CancellationToken.None)
            .ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted); // the report meets the same error
    }

    /// <param name="negotiated">Called once the transcript is in: the grains are no longer needed.</param>
    private static async Task<int> PlayAsync(IGrainFactory grains, Scenario scenario, RunOptions options, CliStreams streams,
        AnalysisProgress progress, CancellationToken cancellation, Action? negotiated = null)
    {
        var rules = scenario.RulesWith(options.Seed, options.MaxRounds);
        var console = Consoles.For(streams);
        var table = new RoundTable(scenario, withSeats: !options.Plan.IsEmpty);

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
        options.Phases.Mark("negotiated");
        negotiated?.Invoke();
        // One line per seat the AI took over for good, after the table (which redraws in place).
        foreach (var line in SeatConsole.HandOvers(transcript)) await streams.Error.WriteLineAsync(line);

        progress.Waiting();
        var report = RunReport.FromLoaded(scenario, transcript, progress.Report);
        progress.Done();
        var files = options.OutDir is null ? null : await report.FilesAsync();
        options.Phases.Mark("report rendered");
        if (files is not null) RunFiles.WriteAtomically(options.OutDir!, files);
        options.Phases.Mark("files written");

        // result.json is written once: the copy in --out is the one --json prints.
        if (options.Json) await streams.Out.WriteAsync(files?["result.json"] ?? report.ResultJson());
        else PactPanel.Show(console, report.Scenario, report.Outcome);
        return ExitCodes.Completed;
    }
}
