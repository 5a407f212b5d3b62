using System.Diagnostics;

namespace TechPact.Benchmarks;

/// <summary>A small timing harness: warm up, then repeat a batch until a time budget is spent,
/// three times, and keep the median rate. No timed assertions anywhere: it only prints.</summary>
public static class Measure
{
    public static double RatePerSecond(Func<long> batch, double seconds = 2.0)
    {
        batch(); // warm-up: JIT, tiering, first activations
        var rates = new double[3];
        for (var r = 0; r < rates.Length; r++)
        {
            long done = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds / rates.Length) done += batch();
            rates[r] = done / clock.Elapsed.TotalSeconds;
        }
        Array.Sort(rates);
        return rates[1];
    }

    public static async Task<double> RatePerSecondAsync(Func<Task<long>> batch, double seconds = 2.0)
    {
        await batch();
        var rates = new double[3];
        for (var r = 0; r < rates.Length; r++)
        {
            long done = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds / rates.Length) done += await batch();
            rates[r] = done / clock.Elapsed.TotalSeconds;
        }
        Array.Sort(rates);
        return rates[1];
    }

    public static long Allocated() => GC.GetAllocatedBytesForCurrentThread();

    public static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
