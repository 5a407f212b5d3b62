using System.Diagnostics;
using TechPact.Host.Experiments;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Global;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;

namespace TechPact.Benchmarks.Suites;

/// <summary>Cost per country per round at 3, 30 and 193 countries on the same generated agenda
/// (12 issues, tracks, clubs and logrolling): flat means the summit scales linearly in countries.</summary>
public static class Scaling
{
    private static readonly int[] Sizes = [3, 30, 193];

    public static async Task RunAsync()
    {
        var pure = new Dictionary<int, double>();
        var hosted = new Dictionary<int, double>();
        await using var silo = await BenchSilo.StartAsync();
        foreach (var n in Sizes)
        {
            var plan = new SweepPlan(GlobalSummitGenerator.Generate(countries: n), int.MaxValue, 7, VarySpec.None);
            var budget = TimeSpan.FromSeconds(n == 193 ? 4 : 2);
            RunSummary.Play(plan.Run(0), plan.Baseline); // warm-up
            pure[n] = MicrosPerCountryRound(n, budget, index =>
            {
                var run = RunSummary.Play(plan.Run(index), plan.Baseline);
                return Task.FromResult(run.Rounds);
            }).Result;
            var experiment = 0;
            hosted[n] = await MicrosPerCountryRound(n, budget, async index =>
            {
                var runs = await GrainExperiment.RunAsync(silo.Grains, new SlicePlan(plan, index, 1), 1, $"scale-{n}-{experiment++}");
                return runs[0].Rounds;
            });
        }

        Report.Section("Cost per country per round (generated global agenda: 12 issues, tracks, clubs, logrolling)");
        foreach (var n in Sizes) Report.Row($"{n} countries, pure engine", pure[n], "µs per country-round");
        foreach (var n in Sizes) Report.Row($"{n} countries, grain-hosted (one summit at a time)", hosted[n], "µs per country-round");
        Report.Ratio("pure: 193 ÷ 3 countries", pure[193] / pure[3], "goal ≤ 1.5×");
        Report.Ratio("pure: 193 ÷ 30 countries", pure[193] / pure[30], "");
        Report.Ratio("grain-hosted: 193 ÷ 3 countries", hosted[193] / hosted[3], "goal ≤ 1.5×");
        Console.WriteLine();
    }

    /// <summary>Plays runs (seed index 1, 2, …) until the budget is spent; µs per (country × round).</summary>
    private static async Task<double> MicrosPerCountryRound(int countries, TimeSpan budget, Func<int, Task<int>> play)
    {
        long countryRounds = 0;
        var index = 1;
        var clock = Stopwatch.StartNew();
        do countryRounds += (long)countries * await play(index++);
        while (clock.Elapsed < budget);
        return clock.Elapsed.TotalMicroseconds / countryRounds;
    }
}
