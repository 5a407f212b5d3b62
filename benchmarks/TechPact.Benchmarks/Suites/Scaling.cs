using TechPact.Host.Experiments;
using TechPact.Negotiation.Experiments;
using TechPact.Scenarios.Global;
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
        var pure = new Dictionary<int, Figure>();
        var hosted = new Dictionary<int, Figure>();
        await using var silo = await BenchSilo.StartAsync();
        foreach (var n in Sizes)
        {
            var plan = new SweepPlan(GlobalSummitGenerator.Generate(countries: n), int.MaxValue, 7, VarySpec.None);
            var window = TimeSpan.FromSeconds(n == 193 ? 3 : 1.5);
            var index = 0;
            // Items are country-rounds: a run of R rounds at n countries counts n × R.
            Task<long> Pure(TimeSpan length) => Windowed(length, () => Task.FromResult((long)n * RunSummary.Play(plan.Run(++index), plan.Baseline).Rounds));
            pure[n] = await Timed(Pure, window);
            var experiment = 0;
            Task<long> Hosted(TimeSpan length) => Windowed(length, async () =>
            {
                var runs = await GrainExperiment.RunAsync(silo.Grains, new SlicePlan(plan, ++index, 1), 1, $"scale-{n}-{experiment++}");
                return (long)n * runs[0].Rounds;
            });
            hosted[n] = await Timed(Hosted, window);
        }

        Report.Section("Cost per country per round (generated global agenda: 12 issues, tracks, clubs, logrolling)");
        foreach (var n in Sizes) Micros($"{n} countries, pure engine", pure[n]);
        foreach (var n in Sizes) Micros($"{n} countries, grain-hosted (one summit at a time)", hosted[n]);
        double Cost(Figure f) => 1e6 / f.Rate;
        // An earlier issue's goal (≤ 1.5×), not issue 14's: the mediator's logrolling search pairs every two
        // countries, so a country-round costs O(countries) once the fixed per-round work is cheap.
        Report.Ratio("pure: 193 ÷ 3 countries", Cost(pure[193]) / Cost(pure[3]), "earlier goal ≤ 1.5×; logrolling pairs every two countries (O(n) per country-round)");
        Report.Ratio("pure: 193 ÷ 30 countries", Cost(pure[193]) / Cost(pure[30]), "");
        Report.Ratio("grain-hosted: 193 ÷ 3 countries", Cost(hosted[193]) / Cost(hosted[3]), "earlier goal ≤ 1.5×");
        Console.WriteLine();
    }

    private static async Task<Figure> Timed(Func<TimeSpan, Task<long>> window, TimeSpan length)
    {
        var warm = await Measure.WarmUpAsync(window);
        var samples = new List<Sample>();
        for (var r = 0; r < 3; r++) samples.Add(await Measure.TimeAsync(window, length));
        return new Figure(warm, samples);
    }

    /// <summary>Plays whole runs until the window's time is up (at least one).</summary>
    private static async Task<long> Windowed(TimeSpan length, Func<Task<long>> play)
    {
        long items = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do items += await play();
        while (clock.Elapsed < length);
        return items;
    }

    private static void Micros(string measure, Figure f) =>
        Report.Plain(measure, Report.Format(1e6 / f.Rate), $"{Report.Format(1e6 / f.MaxRate)}–{Report.Format(1e6 / f.MinRate)}",
            $"{f.WarmUp.Describe("country-rounds")} · {f.Repetitions}", $"µs per country-round on {f.Cores:0.00} cores");
}
