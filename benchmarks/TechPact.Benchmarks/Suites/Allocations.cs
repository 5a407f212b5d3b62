using System.Diagnostics.Tracing;
using TechPact.Host.Experiments;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;

namespace TechPact.Benchmarks.Suites;

/// <summary>What the pure engine allocates, by type, from the runtime's own allocation sampling (an
/// AllocationTick event about every 100 KB, naming the type that crossed the mark): where to cut first.</summary>
public static class Allocations
{
    public static void Run(int runs)
    {
        var plan = new SweepPlan(Paths.SeedScenario(), int.MaxValue, 2025, VarySpec.Default);
        for (var i = 0; i < 2000; i++) RunSummary.Play(plan.Run(i), plan.Baseline);
        using var listener = new TickListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++) RunSummary.Play(plan.Run(2000 + i), plan.Baseline);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Print($"Allocations of the pure engine, seed sweep, {runs} runs: {bytes / (double)runs / 1024:0.0} KiB per negotiation", listener);
    }

    /// <summary>The same for the grain-hosted sweep (every thread of the process: the silo's too).</summary>
    public static async Task RunHostedAsync(int runs)
    {
        var plan = new SweepPlan(Paths.SeedScenario(), int.MaxValue, 2025, VarySpec.Default);
        await using var silo = await BenchSilo.StartAsync();
        await GrainExperiment.RunAsync(silo.Grains, new SlicePlan(plan, 0, 2000), 32, "alloc");
        using var listener = new TickListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await GrainExperiment.RunAsync(silo.Grains, new SlicePlan(plan, 2000, runs), 32, "alloc");
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        Print($"Allocations of the grain-hosted sweep, seed scenario, {runs} runs: {bytes / (double)runs / 1024:0.0} KiB per negotiation", listener);
    }

    private static void Print(string heading, TickListener listener)
    {
        Report.Heading(heading);
        Console.WriteLine("| type | share of sampled bytes |");
        Console.WriteLine("| --- | ---: |");
        var total = listener.ByType.Values.Sum();
        foreach (var (type, sampled) in listener.ByType.OrderByDescending(kv => kv.Value).Take(30))
            Console.WriteLine($"| {type} | {sampled / (double)total:P1} |");
        Console.WriteLine();
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + amount;
        }
    }
}
