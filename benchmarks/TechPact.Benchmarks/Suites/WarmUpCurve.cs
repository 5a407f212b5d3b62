using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;

namespace TechPact.Benchmarks.Suites;

/// <summary>The seed sweep's rate in 0.5 s windows from a cold process: what warming up means for this
/// engine (tier 0, dynamic-PGO instrumentation, tier 1 compiled in the background).</summary>
public static class WarmUpCurve
{
    public static void Run(int threads)
    {
        var plan = new SweepPlan(Paths.SeedScenario(), int.MaxValue, 2025, VarySpec.Default);
        var next = -1;
        var window = Measure.OnThreads(threads, () => Interlocked.Increment(ref next), i => RunSummary.Play(plan.Run(i), plan.Baseline));
        Report.Heading($"Warm-up curve, {threads} thread(s), {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
        Console.WriteLine("| since start | negotiations/s | per CPU-second | cores | GC paused |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 10)
        {
            var s = Measure.Time(window, Measure.WarmWindow);
            Console.WriteLine($"| {clock.Elapsed.TotalSeconds:0.0} s | {Report.Format(s.Rate)} | {Report.Format(s.PerCpuSecond)} | {s.Cores:0.00} | {s.GcPauseSeconds / s.Seconds:P0} |");
        }
        Console.WriteLine();
    }
}
