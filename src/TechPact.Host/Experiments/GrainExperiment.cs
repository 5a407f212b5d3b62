using TechPact.Contracts.Summits;
using TechPact.Negotiation.Experiments;

namespace TechPact.Host.Experiments;

/// <summary>Plays an experiment's runs on summit grains, up to <c>parallel</c> summits in flight,
/// each run on its own summit activation (and so its own country grains).</summary>
/// <remarks>Each result lands in its run's slot, so the order in which runs finish, and hence
/// the parallelism, cannot change what is aggregated.</remarks>
public static class GrainExperiment
{
    public static async Task<RunSummary[]> RunAsync(IGrainFactory grains, IExperimentPlan plan, int parallel, string experimentId,
        Action<int>? onRunFinished = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var results = new RunSummary[plan.Runs];
        var next = -1;
        var finished = 0;

        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < plan.Runs; i = Interlocked.Increment(ref next))
            {
                cancellation.ThrowIfCancellationRequested();
                var run = plan.Run(i);
                var summit = grains.GetGrain<ISummitGrain>($"{experimentId}-{i}");
                await summit.Open(run.Scenario, run.Rules);
                var view = await summit.RunToEnd();
                results[i] = RunSummary.Of(run, plan.Baseline, view.Status, view.Round, view.Agreement);
                onRunFinished?.Invoke(Interlocked.Increment(ref finished));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(parallel, Math.Max(1, plan.Runs))).Select(_ => Task.Run(Worker, cancellation)));
        return results;
    }
}
