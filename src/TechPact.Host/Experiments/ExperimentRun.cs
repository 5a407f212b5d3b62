using TechPact.Negotiation.Experiments;

namespace TechPact.Host.Experiments;

/// <summary>Plays an experiment on an in-process silo, with a progress bar on a terminal.</summary>
public static class ExperimentRun
{
    /// <param name="verbose">The runtime's warnings on stderr too (--verbose).</param>
    public static Task<RunSummary[]> PlayAsync(IExperimentPlan plan, int parallel, string title, CliStreams streams,
        CancellationToken cancellation, bool verbose = false) =>
        PlayAsync(plan.Runs, title, streams, cancellation, (grains, done) =>
            GrainExperiment.RunAsync(grains, plan, parallel, $"{plan.Baseline.Id}-{Guid.NewGuid():N}", done, cancellation), verbose);

    /// <summary>Starts the silo, runs <paramref name="play"/> on it (which reports each finished run), and shows progress.</summary>
    public static async Task<T[]> PlayAsync<T>(int runs, string title, CliStreams streams, CancellationToken cancellation,
        Func<IGrainFactory, Action<int>?, Task<T[]>> play, bool verbose = false)
    {
        await using var silo = await NegotiationSilo.StartAsync(ClusterBacking.Embedded, verbose, cancellation);
        if (!streams.IsConsole) return await play(silo.Grains, null);

        T[] results = [];
        await Consoles.For(streams).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: runs);
                results = await play(silo.Grains, done => task.Value = done);
                task.Value = runs;
            });
        return results;
    }

    /// <summary>Common checks on the options every experiment verb takes; prints and returns false on a bad one.</summary>
    public static bool CheckCounts(TextWriter error, params (string Option, int? Value)[] counts) =>
        OptionLimits.Check(error, [.. counts.Select(c => (c.Option, (long?)c.Value))]);
}
