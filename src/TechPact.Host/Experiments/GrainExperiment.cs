using System.CommandLine.Parsing;
using TechPact.Negotiation.Experiments;

namespace TechPact.Host.Experiments;

/// <summary>Plays an experiment's runs on summit grains, up to <c>parallel</c> summits in flight.</summary>
/// <remarks>Each result lands in its run's slot, so the order in which runs finish, and hence
/// the parallelism, cannot change what is aggregated. Runs whose seats are all strategies are played
/// in one call each (<see cref="ISummitGrain.Play"/>: not stored, not announced), and each worker plays
/// its runs one after another on one summit grain and its country grains, so a million-run sweep
/// activates <c>parallel</c> summits rather than a million. Runs with agent seats get a summit each.</remarks>
public static class GrainExperiment
{
    public static Task<RunSummary[]> RunAsync(IGrainFactory grains, IExperimentPlan plan, int parallel, string experimentId,
        Action<int>? onRunFinished = null, CancellationToken cancellation = default) =>
        PlayAllAsync(grains, plan.Runs, parallel, experimentId, plan.Run, run => (run.Scenario, run.Rules, SeatPlan.None),
            (_, run, view) => RunSummary.Of(run, plan.Baseline, view.Status, view.Round, view.Agreement), onRunFinished, cancellation);

    /// <summary>A league: agent entrants' seats are played by their programs, started by the country grains.</summary>
    public static Task<LeagueResult[]> RunAsync(IGrainFactory grains, LeaguePlan plan, TimeSpan moveTime, int parallel, string experimentId,
        Action<int>? onRunFinished = null, CancellationToken cancellation = default) =>
        PlayAllAsync(grains, plan.Runs, parallel, experimentId, plan.Run, run =>
            {
                var seats = run.AgentSeats.ToImmutableDictionary(a => a.Key, a => SeatSpec.Agent(a.Value, CommandLineParser.SplitCommandLine(a.Value)));
                return (run.Scenario, run.Rules, new SeatPlan(seats, moveTime, null));
            },
            (i, _, view) => new LeagueResult(i, view.Status, view.Round, view.Agreement), onRunFinished, cancellation);

    /// <remarks>A run is built once (<paramref name="plan"/>: a sweep perturbs the scenario there) and handed to
    /// both <paramref name="setup"/> and <paramref name="read"/>.</remarks>
    private static async Task<T[]> PlayAllAsync<TRun, T>(IGrainFactory grains, int runs, int parallel, string experimentId, Func<int, TRun> plan,
        Func<TRun, (Scenario Scenario, NegotiationRules Rules, SeatPlan Seats)> setup, Func<int, TRun, SummitView, T> read,
        Action<int>? onRunFinished, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var results = new T[runs];
        var next = -1;
        var finished = 0;

        async Task Worker(int worker)
        {
            var reused = grains.GetGrain<ISummitGrain>($"{experimentId}-w{worker}");
            for (var i = Interlocked.Increment(ref next); i < runs; i = Interlocked.Increment(ref next))
            {
                cancellation.ThrowIfCancellationRequested();
                var run = plan(i);
                var (scenario, rules, seats) = setup(run);
                if (seats.IsEmpty) results[i] = read(i, run, await reused.Play(scenario, rules));
                else
                {
                    var summit = grains.GetGrain<ISummitGrain>($"{experimentId}-{i}");
                    await summit.Open(scenario, rules, seats);
                    results[i] = read(i, run, await PlayRoundByRound(summit, cancellation));
                }
                onRunFinished?.Invoke(Interlocked.Increment(ref finished));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(parallel, Math.Max(1, runs))).Select(w => Task.Run(() => Worker(w), cancellation)));
        return results;
    }

    /// <summary>Agents take their time: one bounded call per round rather than one call for the whole summit.</summary>
    private static async Task<SummitView> PlayRoundByRound(ISummitGrain summit, CancellationToken cancellation)
    {
        for (var round = 1; (await SummitRun.NextRoundAsync(summit, round, cancellation)).Status == SummitStatus.Running; round++) { }
        return await summit.GetView();
    }
}
