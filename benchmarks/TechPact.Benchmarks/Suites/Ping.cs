using System.Diagnostics;

namespace TechPact.Benchmarks.Suites;

public static class Ping
{
    public static Task<double> HostedRateAsync(IGrainFactory grains, int concurrency) =>
        Measure.RatePerSecondAsync(async () =>
        {
            const int each = 500;
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async k =>
            {
                var grain = grains.GetGrain<IPingGrain>(k);
                for (var i = 0; i < each; i++) await grain.Ping(i);
            }));
            return concurrency * (long)each;
        }, seconds: 3);

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
