using TechPact.Host.Experiments;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;

namespace TechPact.Benchmarks.Suites;

/// <summary>Seed-scenario negotiations per second, pure engine against grain-hosted sweep, with
/// the grain calls each negotiation makes and the raw ping rate, all in the same run.</summary>
public static class Throughput
{
    private const int PureBatch = 200;
    private const int GrainBatch = 1000;

    public static async Task RunAsync()
    {
        var plan = new SweepPlan(Paths.SeedScenario(), int.MaxValue, 2025, VarySpec.Default);
        var next = 0;
        SlicePlan Batch(int size) => new(plan, Interlocked.Add(ref next, size) - size, size);

        var pureSerial = Measure.RatePerSecond(() =>
        {
            var batch = Batch(PureBatch);
            for (var i = 0; i < batch.Runs; i++) RunSummary.Play(batch.Run(i), plan.Baseline);
            return batch.Runs;
        });
        var pureParallel = Measure.RatePerSecond(() =>
        {
            var batch = Batch(PureBatch * Environment.ProcessorCount);
            Parallel.For(0, batch.Runs, i => RunSummary.Play(batch.Run(i), plan.Baseline));
            return batch.Runs;
        });

        await using var silo = await BenchSilo.StartAsync();
        var experiment = 0;
        var callsBefore = BenchSilo.Calls;
        var runsHosted = 0L;
        var parallel = 16 * Environment.ProcessorCount;
        var hosted = await Measure.RatePerSecondAsync(async () =>
        {
            var batch = Batch(GrainBatch);
            await GrainExperiment.RunAsync(silo.Grains, batch, parallel, $"bench-{experiment++}");
            runsHosted += batch.Runs;
            return batch.Runs;
        }, seconds: 6);
        var callsPerNegotiation = (BenchSilo.Calls - callsBefore) / (double)runsHosted;

        var ping = await Ping.HostedRateAsync(silo.Grains, concurrency: 64);
        var relay = await Ping.GrainToGrainMicrosecondsAsync(silo.Grains);
        var ceiling = ping / callsPerNegotiation;

        Report.Section("Seed scenario (us-japan-korea, 3 countries, 8 issues): negotiations per second");
        Report.Row("pure engine, 1 thread", pureSerial, "negotiations/s");
        Report.Row($"pure engine, {Environment.ProcessorCount} threads", pureParallel, "negotiations/s");
        Report.Row($"grain-hosted sweep ({parallel} summits in flight)", hosted, "negotiations/s");
        Report.Ratio("pure (all cores) ÷ grain-hosted", pureParallel / hosted, "goal ≤ 3×");
        Report.Ratio("grain-hosted ÷ 5,000/s goal", hosted / 5000, "goal ≥ 1");
        Report.Row("grain calls per negotiation (counted by a call filter)", callsPerNegotiation, "calls");
        Report.Row("raw Orleans ping, hosted caller, 64 in flight", ping, "calls/s");
        Report.Row("grain-to-grain ping, sequential", relay, "µs/call");
        Report.Row("ping-bound ceiling = ping rate ÷ calls per negotiation", ceiling, "negotiations/s");
        Report.Ratio("grain-hosted ÷ ping-bound ceiling", hosted / ceiling, "the share of time that is messaging");
        Console.WriteLine();
    }
}
