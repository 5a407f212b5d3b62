using System.Collections.Immutable;
using System.CommandLine.Parsing;
using TechPact.Contracts.Seats;
using TechPact.Contracts.Summits;
using TechPact.Host.Silo;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Tournaments;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Experiments;

/// <summary>Plays an experiment's runs on summit grains, up to <c>parallel</c> summits in flight,
/// each run on its own summit activation (and so its own country grains).</summary>
/// <remarks>Each result lands in its run's slot, so the order in which runs finish, and hence
/// the parallelism, cannot change what is aggregated.</remarks>
public static class GrainExperiment
{
    public static Task<RunSummary[]> RunAsync(IGrainFactory grains, IExperimentPlan plan, int parallel, string experimentId,
        Action<int>? onRunFinished = null, CancellationToken cancellation = default) =>
        PlayAllAsync(grains, plan.Runs, parallel, experimentId, i => (plan.Run(i).Scenario, plan.Run(i).Rules, SeatPlan.None),
            (i, view) => RunSummary.Of(plan.Run(i), plan.Baseline, view.Status, view.Round, view.Agreement), onRunFinished, cancellation);

    /// <summary>A league: agent entrants' seats are played by their programs, started by the country grains.</summary>
    public static Task<LeagueResult[]> RunAsync(IGrainFactory grains, LeaguePlan plan, TimeSpan moveTime, int parallel, string experimentId,
        Action<int>? onRunFinished = null, CancellationToken cancellation = default) =>
        PlayAllAsync(grains, plan.Runs, parallel, experimentId, i =>
            {
                var run = plan.Run(i);
                var seats = run.AgentSeats.ToImmutableDictionary(a => a.Key, a => SeatSpec.Agent(a.Value, CommandLineParser.SplitCommandLine(a.Value)));
                return (run.Scenario, run.Rules, new SeatPlan(seats, moveTime, null));
            },
            (i, view) => new LeagueResult(i, view.Status, view.Round, view.Agreement), onRunFinished, cancellation);

    private static async Task<T[]> PlayAllAsync<T>(IGrainFactory grains, int runs, int parallel, string experimentId,
        Func<int, (Scenario Scenario, NegotiationRules Rules, SeatPlan Seats)> setup, Func<int, SummitView, T> read,
        Action<int>? onRunFinished, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var results = new T[runs];
        var next = -1;
        var finished = 0;

        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < runs; i = Interlocked.Increment(ref next))
            {
                cancellation.ThrowIfCancellationRequested();
                var (scenario, rules, seats) = setup(i);
                var summit = grains.GetGrain<ISummitGrain>($"{experimentId}-{i}");
                await summit.Open(scenario, rules, seats);
                results[i] = read(i, seats.IsEmpty ? await summit.RunToEnd() : await PlayRoundByRound(summit, cancellation));
                onRunFinished?.Invoke(Interlocked.Increment(ref finished));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(parallel, Math.Max(1, runs))).Select(_ => Task.Run(Worker, cancellation)));
        return results;
    }

    /// <summary>Agents take their time: one bounded call per round rather than one call for the whole summit.</summary>
    private static async Task<SummitView> PlayRoundByRound(ISummitGrain summit, CancellationToken cancellation)
    {
        for (var round = 1; (await SummitRun.NextRoundAsync(summit, round, cancellation)).Status == SummitStatus.Running; round++) { }
        return await summit.GetView();
    }
}
