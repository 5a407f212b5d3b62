using System.Diagnostics;

namespace TechPact.Benchmarks;

/// <summary>The timing harness: warm up until the rate settles, then time several windows, each
/// recording wall time, the process's CPU time, GC pauses and allocations, so every figure comes with
/// its spread and with what the machine actually gave it. No timed assertions anywhere: it only prints.</summary>
/// <remarks>
/// <para>Why a settling warm-up and not a fixed one: .NET tiers code up in the background (tier 0, then
/// an instrumented tier for dynamic PGO, then tier 1), and on two shared cores that took this engine
/// about five seconds, during which the rate climbed tenfold (run <c>-- curve</c> to see it). The old
/// harness warmed up with one batch (~0.2 s) and timed one thread in the next two seconds — still on
/// tier-0 code — and two threads after it, on tier-1 code: that, not any real speed-up, is how two
/// threads once measured 4.75× one thread.</para>
/// <para>Why CPU time beside wall time: on a machine other people are using, a run gets whatever share
/// of the cores the scheduler gives it. Wall-clock rates then move with other people's load; the rate
/// per CPU-second and the cores a window actually got (CPU seconds ÷ wall seconds) say what the code did.</para>
/// </remarks>
public static class Measure
{
    /// <summary>Warm-up windows are this long; a window's rate is judged per CPU-second.</summary>
    public static readonly TimeSpan WarmWindow = TimeSpan.FromSeconds(0.5);

    /// <summary>Warm-up settles when the last three windows' CPU rates agree within this share.</summary>
    public const double Settled = 0.12;

    public static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(20);

    /// <summary>Runs <paramref name="window"/> (which does its work for about the time it is given and says
    /// how much it did) until three consecutive windows agree, between <see cref="MinWarmUp"/> and
    /// <see cref="MaxWarmUp"/>.</summary>
    /// <param name="minimum">At least this long (default <see cref="MinWarmUp"/>): a silo's code can hold a steady
    /// rate for a few windows before tiering recompiles it, and the settled test alone then stops too early.</param>
    public static async Task<WarmUp> WarmUpAsync(Func<TimeSpan, Task<long>> window, TimeSpan? minimum = null)
    {
        var clock = Stopwatch.StartNew();
        var rates = new List<double>();
        long items = 0;
        while (true)
        {
            var sample = await TimeAsync(window, WarmWindow);
            items += sample.Items;
            rates.Add(sample.PerCpuSecond);
            var last = rates.TakeLast(3).ToList();
            var settled = last.Count == 3 && (last.Max() - last.Min()) <= Settled * last.Average();
            if (clock.Elapsed >= (minimum ?? MinWarmUp) && settled) return new WarmUp(clock.Elapsed, items, true);
            if (clock.Elapsed >= MaxWarmUp) return new WarmUp(clock.Elapsed, items, false);
        }
    }

    public static Task<WarmUp> WarmUp(Func<TimeSpan, long> window) => WarmUpAsync(t => Task.FromResult(window(t)));

    /// <summary>One timed window: what <paramref name="window"/> did in about <paramref name="length"/>, with the
    /// process's CPU time, GC pause time and allocations over the same interval.</summary>
    public static async Task<Sample> TimeAsync(Func<TimeSpan, Task<long>> window, TimeSpan length)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var items = await window(length);
        var wall = clock.Elapsed;
        process.Refresh();
        return new Sample(wall.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, items,
            (GC.GetTotalPauseDuration() - pause).TotalSeconds, GC.GetTotalAllocatedBytes(precise: false) - allocated,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
    }

    public static Sample Time(Func<TimeSpan, long> window, TimeSpan length) =>
        TimeAsync(t => Task.FromResult(window(t)), length).GetAwaiter().GetResult();

    /// <summary>A window of <paramref name="threads"/> dedicated threads, each taking the next index and doing
    /// <paramref name="work"/> on it until the window's time is up: no batch barrier, so a slow item on one
    /// thread never leaves the other idle.</summary>
    public static Func<TimeSpan, long> OnThreads(int threads, Func<int> nextIndex, Action<int> work) => length =>
    {
        long done = 0;
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long mine = 0;
            while (stop.Elapsed < length)
            {
                work(nextIndex());
                mine++;
            }
            Interlocked.Add(ref done, mine);
        }) { IsBackground = true }).ToList();
        foreach (var w in workers) w.Start();
        foreach (var w in workers) w.Join();
        return done;
    };

    public static long Allocated() => GC.GetAllocatedBytesForCurrentThread();

    public static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <param name="Settled">False when the rate was still moving at <see cref="Measure.MaxWarmUp"/>.</param>
public sealed record WarmUp(TimeSpan Elapsed, long Items, bool Settled)
{
    public string Describe(string unit = "runs") => $"{Elapsed.TotalSeconds:0.0} s ({Items:N0} {unit}){(Settled ? "" : ", NOT settled")}";
}

/// <summary>One timed window.</summary>
public sealed record Sample(double Seconds, double CpuSeconds, long Items, double GcPauseSeconds, long AllocatedBytes, int Gen0, int Gen2)
{
    public double Rate => Items / Seconds;
    public double PerCpuSecond => CpuSeconds > 0 ? Items / CpuSeconds : 0;
    public double Cores => CpuSeconds / Seconds;
}

/// <summary>A figure: the warm-up and the timed windows after it, summarised as medians with their spread.</summary>
/// <param name="Threads">How many threads did the work (what a window's cores are shared among).</param>
public sealed record Figure(WarmUp WarmUp, IReadOnlyList<Sample> Samples, int Threads = 1)
{
    public double Rate => Median(Samples.Select(s => s.Rate));
    public double MinRate => Samples.Min(s => s.Rate);
    public double MaxRate => Samples.Max(s => s.Rate);
    public double PerCpuSecond => Median(Samples.Select(s => s.PerCpuSecond));
    public double Cores => Median(Samples.Select(s => s.Cores));
    public long Items => Samples.Sum(s => s.Items);

    /// <summary>Share of wall time the process was stopped for GC.</summary>
    public double GcPauseShare => Samples.Sum(s => s.GcPauseSeconds) / Samples.Sum(s => s.Seconds);

    /// <summary>Share of the CPU time spent collecting, estimated from the pause time. With the workstation GC a
    /// collection runs on the one thread that triggered it while the others wait (burning no CPU); with the
    /// server GC every core collects during a pause. A pause is wall time, and on a machine other people are
    /// using the collecting thread gets only its share of a core — counting each pause as a whole core
    /// (as this harness once did) doubled the GC share at a load average of 20. So each window's pause is
    /// weighed by the cores one of its threads actually got (CPU s ÷ wall s ÷ threads; server GC: the
    /// whole process's), which is exact on an idle machine and an estimate under load.</summary>
    public double GcCpuShare => Math.Min(1, Samples.Sum(s => s.GcPauseSeconds * CoresWhileCollecting(s)) / Samples.Sum(s => s.CpuSeconds));

    private double CoresWhileCollecting(Sample s) =>
        System.Runtime.GCSettings.IsServerGC ? Math.Min(s.Cores, Environment.ProcessorCount) : Math.Min(1, s.Cores / Threads);

    public double BytesPerItem => Samples.Sum(s => (double)s.AllocatedBytes) / Items;

    public double Gen0PerThousand => Samples.Sum(s => s.Gen0) * 1000.0 / Items;

    /// <summary>"min–max (±x %)" of the window rates.</summary>
    public string Spread => $"{Report.Format(MinRate)}–{Report.Format(MaxRate)} (±{(MaxRate - MinRate) / 2 / Rate:P0})";

    public string Repetitions => $"{Samples.Count} × {Samples.Average(s => s.Seconds):0.0} s";

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
