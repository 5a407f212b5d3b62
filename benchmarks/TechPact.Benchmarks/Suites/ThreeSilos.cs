using System.Diagnostics;
using TechPact.Contracts.Summits;
using TechPact.Host.Experiments;
using TechPact.Host.Silo;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Scenarios.Reports.Experiments;

namespace TechPact.Benchmarks.Suites;

/// <summary>Issue 14's cluster figure: the same sweep on three silos of one cluster (on a real redis-server, as
/// three `serve` machines form one) against the pure engine's, sweep.json compared byte for byte, with the time
/// it took. ThreeSiloSweepTests asserts the same equality on every CI run; this prints it beside the goals.</summary>
public static class ThreeSilos
{
    private const int Runs = 240;
    private const int Parallel = 12;

    public static async Task RunAsync()
    {
        const string goal = "the same sweep on a 3-silo cluster gives an identical sweep.json";
        if (LocalRedis.Executable is null)
        {
            Goals.NotMeasured(goal, "identical", "redis-server is not installed (ThreeSiloSweepTests skips too)");
            return;
        }
        var plan = new SweepPlan(Paths.SeedScenario(), Runs, 2025, VarySpec.Default);
        var pure = Enumerable.Range(0, Runs).Select(i => RunSummary.Play(plan.Run(i), plan.Baseline)).ToArray();
        var expected = ExperimentJson.Sweep(plan, SweepResult.Aggregate(plan, pure));

        await using var redis = await LocalRedis.StartAsync();
        var backing = new ClusterBacking(redis.Endpoint);
        var clusterId = $"bench-three-{Guid.NewGuid():N}";
        var clock = Stopwatch.StartNew();
        var silos = new List<BenchSilo>();
        try
        {
            for (var s = 0; s < 3; s++) silos.Add(await BenchSilo.StartAsync(backing, clusterId: clusterId));
            var started = clock.Elapsed;
            var id = $"sweep-{Guid.NewGuid():N}";
            clock.Restart();
            var hosted = await GrainExperiment.RunAsync(silos[0].Grains, plan, Parallel, id);
            var swept = clock.Elapsed;
            var identical = expected == ExperimentJson.Sweep(plan, SweepResult.Aggregate(plan, hosted));
            var hosts = new HashSet<string>();
            for (var w = 0; w < Parallel; w++) hosts.Add((await silos[0].Grains.GetGrain<ISummitGrain>($"{id}-w{w}").GetHost()).ToString());

            Report.Section($"A sweep on three silos of one cluster (Redis membership, one machine): {Runs} runs of the seed scenario");
            Report.Plain("sweep.json, three silos vs the pure engine", identical ? "identical" : "DIFFERENT", "", "", "compared byte for byte");
            Report.Plain("silos the sweep's summits were placed on", $"{hosts.Count} of 3", "", "", $"{Parallel} workers, random placement");
            Report.Plain("time: three silos started / the sweep", $"{started.TotalSeconds:0.0} / {swept.TotalSeconds:0.00} s", "", "",
                $"cold (the first runs JIT the code): {Runs / swept.TotalSeconds:N0} runs/s; calls between silos are serialised and go over loopback TCP");
            Console.WriteLine();
            Goals.Check(goal, "identical", identical ? "identical" : "different", identical,
                $"{Runs} runs, summits on {hosts.Count} of 3 silos, {swept.TotalSeconds:0.00} s (also ThreeSiloSweepTests)");
        }
        finally
        {
            foreach (var silo in silos) await silo.DisposeAsync();
        }
    }
}
