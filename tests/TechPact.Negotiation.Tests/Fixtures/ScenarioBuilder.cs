using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Tests.Fixtures;

/// <summary>Builds small scenarios in code so engine tests need no YAML.</summary>
public sealed class ScenarioBuilder
{
    private readonly List<Issue> _issues = [];
    private readonly List<Func<IReadOnlyList<Issue>, CountryProfile>> _countries = [];
    private NegotiationRules _rules = new(7, 10, NegotiationRules.SingleNegotiatingText, 0.05);

    public ScenarioBuilder Issue(string id, string[] areas, params string[] options)
    {
        _issues.Add(new Issue(id, id, [.. areas],
            [.. options.Select(o => new Option(o, o, $"{id}: {o}"))]));
        return this;
    }

    /// <param name="values">Per issue (in order), the value of each option.</param>
    public ScenarioBuilder Country(string id, double reservation, double[] priorities, double[][] values,
        Dictionary<string, double>? strengths = null, StrategySpec? strategy = null,
        Dictionary<int, int[]>? redLines = null)
    {
        _countries.Add(issues => CountryProfile.Create(id, id, strengths ?? new Dictionary<string, double>(),
            priorities, values.Select(v => (IReadOnlyList<double>)v).ToList(),
            issues.Select((_, i) => redLines is not null && redLines.TryGetValue(i, out var r) ? OptionSet.Of(r) : OptionSet.Empty).ToList(),
            reservation, strategy ?? StrategySpec.Linear));
        return this;
    }

    public ScenarioBuilder Rules(long seed = 7, int maxRounds = 10, double noise = 0.05,
        string protocol = NegotiationRules.SingleNegotiatingText)
    {
        _rules = new NegotiationRules(seed, maxRounds, protocol, noise);
        return this;
    }

    public Scenario Build() =>
        new("test", "Test", [.. _issues], [.. _countries.Select(c => c(_issues))], _rules);

    /// <summary>A country profile for this agenda, e.g. for a party that joins by event.</summary>
    public CountryProfile Profile(string id, double reservation, double[] priorities, double[][] values)
    {
        var before = _countries.Count;
        Country(id, reservation, priorities, values);
        var profile = _countries[^1](_issues);
        _countries.RemoveAt(before);
        return profile;
    }

    /// <summary>Two countries with opposed but overlapping interests on three issues.</summary>
    public static ScenarioBuilder TwoParty(StrategySpec? strategyOfA = null) => new ScenarioBuilder()
        .Issue("data", ["cloud"], "closed", "middle", "open")
        .Issue("chips", ["memory"], "closed", "middle", "open")
        .Issue("research", ["science"], "closed", "middle", "open")
        .Country("A", 0.3, [3, 1, 1], [[0, 0.6, 1], [1, 0.5, 0], [0, 0.5, 1]],
            new Dictionary<string, double> { ["cloud"] = 0.5, ["memory"] = 0.5, ["science"] = 0.5 }, strategyOfA)
        .Country("B", 0.3, [1, 3, 1], [[1, 0.6, 0], [0, 0.5, 1], [0, 0.5, 1]],
            new Dictionary<string, double> { ["cloud"] = 0.5, ["memory"] = 0.5, ["science"] = 0.5 });
}
