using Spectre.Console;
using TechPact.Host.Cli;
using TechPact.Host.Output;
using TechPact.Host.Silo;
using TechPact.Negotiation.Experiments;

namespace TechPact.Host.Experiments;

/// <summary>Plays an experiment on an in-process silo, with a progress bar on a terminal.</summary>
public static class ExperimentRun
{
    /// <param name="verbose">The runtime's warnings on stderr too (--verbose).</param>
    public static async Task<RunSummary[]> PlayAsync(IExperimentPlan plan, int parallel, string title, CliStreams streams,
        CancellationToken cancellation, bool verbose = false)
    {
        await using var silo = await NegotiationSilo.StartAsync(ClusterBacking.Embedded, verbose, cancellation);
        var id = $"{plan.Baseline.Id}-{Guid.NewGuid():N}";
        if (!streams.IsConsole)
            return await GrainExperiment.RunAsync(silo.Grains, plan, parallel, id, null, cancellation);

        RunSummary[] results = [];
        await Consoles.For(streams).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: plan.Runs);
                results = await GrainExperiment.RunAsync(silo.Grains, plan, parallel, id, done => task.Value = done, cancellation);
                task.Value = plan.Runs;
            });
        return results;
    }

    /// <summary>Common checks on the options every experiment verb takes; prints and returns false on a bad one.</summary>
    public static bool CheckCounts(TextWriter error, params (string Option, int? Value)[] counts) =>
        OptionLimits.Check(error, [.. counts.Select(c => (c.Option, (long?)c.Value))]);
}
