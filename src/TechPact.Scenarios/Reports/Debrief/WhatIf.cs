namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>The counterfactual runs a debrief sets beside a table: the same scenario and rules replayed
/// without logrolling, and with one country's leads taken away, so the page can say what linkage and
/// each country's strengths bought. Only an all-AI table without forks can be replayed under other
/// conditions; for the rest <see cref="WhyNot"/> says why there is none.</summary>
public sealed class WhatIf
{
    /// <summary>Reruns per country for the strengths comparison; larger tables skip it.</summary>
    public const int MaxCountriesForStrengths = 12;

    /// <summary>Seeds the strengths comparison averages over: one run can land on the same pact either way.</summary>
    public const int Seeds = 8;

    private readonly Scenario? _source;
    private readonly NegotiationRules? _rules;

    public WhatIf(IReadOnlyList<TranscriptEvent> transcript)
    {
        var opened = transcript.OfType<SummitOpened>().FirstOrDefault();
        WhyNot = opened?.Source is null ? "the transcript does not carry its scenario"
            : transcript.OfType<SeatTaken>().Any(t => t.Kind != SeatKind.Strategy) || transcript.OfType<SeatPlayedByAi>().Any()
                ? "people or agents played at this table, and their moves cannot be replayed under other conditions"
            : transcript.OfType<SummitForked>().Any() ? "this run was forked, and its what-ifs belong to the run it forked from"
            : null;
        if (WhyNot is not null) return;
        _source = opened!.Source;
        _rules = new NegotiationRules(opened.Seed, opened.MaxRounds, opened.Protocol, opened.Noise);
    }

    /// <summary>Why this table has no counterfactuals, or null when it has them.</summary>
    public string? WhyNot { get; }

    /// <summary>The same scenario and seed with the mediator brokering no trades; null when the scenario
    /// has no logrolling (or the table cannot be replayed).</summary>
    public Summit? WithoutLogrolling() =>
        _source is { Logrolling: true } ? SummitRunner.Run(_source with { Logrolling = false }, _rules) : null;

    /// <summary>Per country: its utility in this run and, with its strengths capped at the table's average
    /// in every area (its leads taken away, its weaknesses left), in the same run and on average over
    /// <see cref="Seeds"/> seeds against the real scenario's average. Empty when not computed.</summary>
    public IReadOnlyList<StrengthEffect> Strengths()
    {
        if (_source is null || _source.Countries.Length > MaxCountriesForStrengths) return [];
        var seeds = Enumerable.Range(1, Seeds).Select(k => _rules! with { Seed = k }).ToList();
        var real = SummitRunner.Run(_source, _rules);
        var realMean = MeanUtilities(_source, seeds);
        return [.. _source.Countries.Select((country, c) =>
        {
            var capped = LeadsCapped(_source, c);
            var here = SummitRunner.Run(capped, _rules);
            var issues = _source.Issues.Where((_, i) => real.Agreement[i] != here.Agreement[i]).Select(i => i.Title).ToImmutableArray();
            return new StrengthEffect(country.Id, country.Name, Utility.Of(real.Scenario.Countries[c], real.Agreement),
                Utility.Of(here.Scenario.Countries[c], here.Agreement), realMean[c], MeanUtilities(capped, seeds)[c], issues);
        })];
    }

    /// <summary>The scenario with country c's strength in every area at most the table's average there.</summary>
    public static Scenario LeadsCapped(Scenario scenario, int c)
    {
        var country = scenario.Countries[c];
        var capped = country.Strengths.ToImmutableSortedDictionary(kv => kv.Key,
            kv => Math.Min(kv.Value, scenario.Countries.Average(other => other.Strength(kv.Key))), StringComparer.Ordinal);
        return scenario with { Countries = scenario.Countries.SetItem(c, country with { Strengths = capped }) };
    }

    private static double[] MeanUtilities(Scenario scenario, IReadOnlyList<NegotiationRules> seeds)
    {
        var total = new double[scenario.Countries.Length];
        foreach (var rules in seeds)
        {
            var run = SummitRunner.Run(scenario, rules);
            for (var c = 0; c < total.Length; c++) total[c] += Utility.Of(run.Scenario.Countries[c], run.Agreement);
        }
        return [.. total.Select(t => t / seeds.Count)];
    }
}

/// <summary>What a country's strengths bought it: its utility with them and with its leads capped at the
/// table's average, in this run and on average over seeds, and the issues whose standard they changed here.</summary>
public sealed record StrengthEffect(string Country, string Name, double Utility, double WithoutLeads,
    double MeanUtility, double MeanWithoutLeads, ImmutableArray<string> IssuesChanged)
{
    public double Bought => Utility - WithoutLeads;
    public double MeanBought => MeanUtility - MeanWithoutLeads;
}
