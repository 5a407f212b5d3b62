using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Tests.Fixtures;

/// <summary>Seeded random negotiation domains for the property tests: 2–6 parties, 1–4 issues of 2–4
/// options, random weights, values, reservations (0–0.5) and strategies, a red line for about four
/// countries in ten, and a strength per issue in an area of that issue alone (so a strength changes one
/// issue's power only). The same trial number always gives the same domain.</summary>
public static class RandomDomains
{
    private static readonly StrategySpec[] Strategies = [StrategySpec.Boulware, StrategySpec.Linear, StrategySpec.Conceder];

    /// <param name="singlePeaked">Values fall away on either side of a random favourite rung, as on the
    /// product's closed-to-open ladders; otherwise every value is drawn independently (as in GENIUS domains
    /// whose options have no order).</param>
    public static Scenario Create(int trial, string protocol, int minParties = 2, int maxParties = 6, int maxRounds = 12,
        bool equalStrengths = false, bool singlePeaked = false)
    {
        var r = DeterministicRandom.For(trial, "property-domain", 0);
        var parties = minParties + r.NextInt(maxParties - minParties + 1);
        var issueCount = 1 + r.NextInt(4);
        var issues = Enumerable.Range(0, issueCount).Select(i => new Issue($"i{i}", $"i{i}", [$"a{i}"],
            [.. Enumerable.Range(0, 2 + r.NextInt(3)).Select(o => new Option($"o{o}", $"o{o}", $"i{i}: o{o}"))])).ToImmutableArray();
        var countries = Enumerable.Range(0, parties).Select(c =>
        {
            var redLines = issues.Select(_ => OptionSet.Empty).ToArray();
            if (r.NextDouble() < 0.4)
            {
                var i = r.NextInt(issueCount);
                redLines[i] = OptionSet.Of(r.NextInt(issues[i].Options.Length));
            }
            var strengths = issues.ToDictionary(i => i.Areas[0], _ => equalStrengths ? 0.5 : r.NextDouble());
            return CountryProfile.Create($"C{c}", $"C{c}", strengths, [.. issues.Select(_ => 0.1 + r.NextDouble())],
                [.. issues.Select(i => Values(i.Options.Length, singlePeaked, r))],
                redLines, 0.5 * r.NextDouble(), Strategies[r.NextInt(Strategies.Length)]);
        }).ToImmutableArray();
        return new Scenario("random", "random", issues, countries, new NegotiationRules(trial, maxRounds, protocol, 0.05));
    }

    private static IReadOnlyList<double> Values(int options, bool singlePeaked, DeterministicRandom r)
    {
        if (!singlePeaked) return [.. Enumerable.Range(0, options).Select(_ => r.NextDouble())];
        var peak = r.NextInt(options);
        var fall = 0.1 + 0.9 * r.NextDouble();
        return [.. Enumerable.Range(0, options).Select(o => Math.Max(0, 1 - fall * Math.Abs(o - peak)))];
    }

    /// <summary>The scenario with one country's strength in one issue's own area set to <paramref name="strength"/>.</summary>
    public static Scenario WithStrength(Scenario scenario, int country, int issue, double strength)
    {
        var c = scenario.Countries[country];
        var area = scenario.Issues[issue].Areas[0];
        return scenario with { Countries = scenario.Countries.SetItem(country, c with { Strengths = c.Strengths.SetItem(area, strength) }) };
    }

    /// <summary>What the protocols reason over for this scenario: its rules and its countries' power.</summary>
    public static SummitSetting Setting(Scenario scenario) =>
        new(scenario, scenario.Rules, Leverage.Compute(scenario.Issues, scenario.Countries));

    public static bool CrossesAnyRedLine(Scenario scenario, Package package) =>
        scenario.Countries.Any(c => Utility.CrossesRedLine(c, package));
}
