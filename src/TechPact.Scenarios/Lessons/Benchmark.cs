using TechPact.Scenarios.Reports.Debrief;

namespace TechPact.Scenarios.Lessons;

/// <summary>What the AI alone makes of a scenario, for the teacher's guide: the run under its own seed,
/// the pacts other seeds give, and what each country's strengths buy it (the debrief's what-if).</summary>
internal sealed record Benchmark(Summit Run, ImmutableArray<(string Pact, int Seeds)> Distribution, int SeedsTried,
    IReadOnlyList<StrengthEffect> Strengths)
{
    public const int Seeds = 20;

    public static Benchmark Of(Scenario scenario)
    {
        var run = SummitRunner.Run(scenario);
        var distribution = Enumerable.Range(1, Seeds)
            .Select(k => Pact(SummitRunner.Run(scenario, scenario.RulesWith(seed: k))))
            .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).ToImmutableArray();
        return new Benchmark(run, distribution, Seeds, new WhatIf(run.Transcript).Strengths());
    }

    /// <summary>The pact as a line: each issue's standard label, or "open".</summary>
    public static string Pact(Summit summit) => string.Join("; ", summit.Scenario.Issues.Select((issue, i) =>
        summit.Agreement[i] == Package.Open ? $"{issue.Title} open" : issue.Options[summit.Agreement[i]].Label));

    public ImmutableArray<double> Utilities => [.. Run.Scenario.Countries.Select(c => Utility.Of(c, Run.Agreement))];
}
