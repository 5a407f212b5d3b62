using System.Diagnostics;

namespace TechPact.Benchmarks.Suites;

public static class Ping
{
    /// <summary>Calls per second from a hosted caller, <paramref name="concurrency"/> grains called in parallel.</summary>
    public static async Task<Figure> HostedRateAsync(IGrainFactory grains, int concurrency)
    {
        async Task<long> Window(TimeSpan length)
        {
            const int each = 200;
            long done = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < length)
            {
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async k =>
                {
                    var grain = grains.GetGrain<IPingGrain>(k);
                    for (var i = 0; i < each; i++) await grain.Ping(i);
                }));
                done += concurrency * (long)each;
            }
            return done;
        }
        var warm = await Measure.WarmUpAsync(Window);
        var samples = new List<Sample>();
        for (var r = 0; r < 3; r++) samples.Add(await Measure.TimeAsync(Window, TimeSpan.FromSeconds(1)));
        return new Figure(warm, samples);
    }

    public static async Task<double> GrainToGrainMicrosecondsAsync(IGrainFactory grains)
    {
        const int calls = 20_000;
        var caller = grains.GetGrain<IPingGrain>(1_000_000);
        await caller.Relay(1_000_001, 1000);
        var best = double.MaxValue;
        for (var r = 0; r < 3; r++)
        {
            var clock = Stopwatch.StartNew();
            await caller.Relay(1_000_001, calls);
            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / calls);
        }
        return best;
    }
}
