using System.Collections.Immutable;
using System.Diagnostics;
using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;

namespace TechPact.Benchmarks.Suites;

/// <summary>OutcomeAnalyzer time against outcome count, three parties: exact enumeration up to
/// 10⁶ outcomes, the stated approximation beyond.</summary>
public static class AnalysisScaling
{
    public static void Run()
    {
        Report.Heading("Outcome analysis, 3 parties, 10 options per issue (one timed run after one warm-up run of the same size)");
        Console.WriteLine("| outcomes | method | time (ms) | ns per outcome |");
        Console.WriteLine("| ---: | --- | ---: | ---: |");
        foreach (var issues in new[] { 2, 3, 4, 5, 6, 7, 9, 12 })
        {
            var scenario = Synthetic(issues);
            OutcomeAnalyzer.Analyze(scenario); // warm-up (and the same work: the second run is timed)
            var clock = Stopwatch.StartNew();
            var analysis = OutcomeAnalyzer.Analyze(scenario);
            var ms = clock.Elapsed.TotalMilliseconds;
            var outcomes = Math.Pow(10, issues);
            var perOutcome = analysis.Exact ? Report.Format(ms * 1e6 / outcomes) : "n/a (sampled)";
            Console.WriteLine($"| 10^{issues} | {analysis.Method} | {Report.Format(ms)} | {perOutcome} |");
        }
        Console.WriteLine();

        // The table a user runs: 193 countries, 12 issues.
        var global = Scenarios.Global.GlobalSummitGenerator.Generate();
        var times = new List<double>();
        OutcomeAnalysis? last = null;
        for (var r = 0; r < 3; r++)
        {
            var clock = Stopwatch.StartNew();
            last = OutcomeAnalyzer.Analyze(global);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Report.Section("Outcome analysis of the 193-country agenda (16.7 M outcomes)");
        Report.Plain("sampled analysis, 193 countries", $"{Report.Format(times[1..].Average())} ms", $"{Report.Format(times.Min())}–{Report.Format(times.Max())} ms",
            "the first of 3 runs is its warm-up · mean of the other 2", $"{last!.Method}; both cores");
        Console.WriteLine();
    }

    private static Scenario Synthetic(int issueCount)
    {
        var random = new DeterministicRandom(42);
        var issues = Enumerable.Range(0, issueCount).Select(i => new Issue($"i{i}", $"Issue {i}", [],
            [.. Enumerable.Range(0, 10).Select(o => new Option($"o{o}", $"Option {o}", $"Standard {o}."))])).ToImmutableArray();
        var countries = Enumerable.Range(0, 3).Select(c => CountryProfile.Create($"C{c}", $"Country {c}",
            new Dictionary<string, double>(),
            [.. Enumerable.Range(0, issueCount).Select(_ => 1 + random.NextDouble())],
            [.. Enumerable.Range(0, issueCount).Select(_ => (IReadOnlyList<double>)[.. Enumerable.Range(0, 10).Select(_ => random.NextDouble())])],
            [.. Enumerable.Range(0, issueCount).Select(_ => OptionSet.Empty)], 0.3, StrategySpec.Linear)).ToImmutableArray();
        return new Scenario($"synthetic-{issueCount}", "Synthetic", issues, countries,
            new NegotiationRules(1, 10, NegotiationRules.SingleNegotiatingText, 0));
    }
}
