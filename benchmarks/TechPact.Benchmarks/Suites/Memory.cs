using TechPact.Contracts.Countries;
using TechPact.Contracts.Summits;
using TechPact.Scenarios.Global;
using TechPact.Negotiation.Summits;

namespace TechPact.Benchmarks.Suites;

/// <summary>Managed heap per activation: K grains activated and kept alive, heap measured after
/// full collections before and after, divided by K.</summary>
public static class Memory
{
    public static async Task RunAsync()
    {
        await using var silo = await BenchSilo.StartAsync();
        var seed = Paths.SeedScenario();
        var brief = Summit.Open(seed, seed.Rules).Briefs()[0];

        const int countries = 2000;
        var before = Measure.Heap();
        await Task.WhenAll(Enumerable.Range(0, countries).Select(k =>
            silo.Grains.GetGrain<ICountryGrain>(CountryKey.For($"mem-country-{k}", brief.Profile.Id)).Brief(brief)));
        var perCountry = (Measure.Heap() - before) / (double)countries;

        const int summits = 1000;
        before = Measure.Heap();
        for (var k = 0; k < summits; k += 50)
            await Task.WhenAll(Enumerable.Range(k, 50).Select(async s =>
            {
                var summit = silo.Grains.GetGrain<ISummitGrain>($"mem-summit-{s}");
                await summit.Open(seed, seed.RulesWith(seed: s));
                await summit.RunToEnd();
            }));
        var perSummit = (Measure.Heap() - before) / (double)summits;

        var global = GlobalSummitGenerator.Generate();
        before = Measure.Heap();
        var big = silo.Grains.GetGrain<ISummitGrain>("mem-global");
        await big.Open(global, global.Rules);
        var opened = Measure.Heap() - before;
        var view = await big.RunToEnd();
        var finished = Measure.Heap() - before;

        Report.Section("Memory (managed heap per activation, after full GC)");
        Report.Row("country grain, briefed (seed scenario)", perCountry / 1024, "KiB");
        Report.Row("seed summit run to the end, with its 3 country grains", perSummit / 1024, "KiB");
        Report.Row("193-country summit, opened, with its 193 country grains", opened / 1024.0, "KiB");
        Report.Row($"193-country summit after {view.Round} rounds ({view.Status})", finished / 1024.0, "KiB");
        Console.WriteLine();
    }
}
