using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Tests.Analysis;

/// <summary>Builds small scenarios with exactly the weights and values given (no normalising),
/// so hand-computed utilities are exact binary fractions.</summary>
internal static class ScenarioBuilder
{
    public static Issue Issue(string id, int options, params string[] areas) =>
        new(id, id, [.. areas], Enumerable.Range(0, options).Select(o => new Option($"{id}{o}", $"{id}{o}", $"{id} = {o}")).ToImmutableArray());

    public static CountryProfile Country(string id, double[] weights, double[][] values, double reservation,
        IReadOnlyDictionary<string, double>? strengths = null, OptionSet[]? redLines = null) =>
        new(id, id, (strengths ?? new Dictionary<string, double>()).ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. weights], values.Select(v => v.ToImmutableArray()).ToImmutableArray(),
            redLines is null ? Enumerable.Repeat(OptionSet.Empty, weights.Length).ToImmutableArray() : [.. redLines],
            reservation, StrategySpec.Boulware);

    public static Scenario Scenario(Issue[] issues, params CountryProfile[] countries) =>
        new("test", "test", [.. issues], [.. countries], new NegotiationRules(7, 12, NegotiationRules.SingleNegotiatingText, 0));

    /// <summary>Random normalised profiles over the given option counts, for cross-checks.</summary>
    public static Scenario Random(int seed, int countries, params int[] optionCounts)
    {
        var random = new Random(seed);
        var issues = optionCounts.Select((n, i) => Issue($"i{i}", n)).ToArray();
        var profiles = Enumerable.Range(0, countries).Select(c => CountryProfile.Create($"c{c}", $"c{c}",
            new Dictionary<string, double>(),
            optionCounts.Select(_ => (double)random.Next(1, 10)).ToArray(),
            optionCounts.Select(n => (IReadOnlyList<double>)Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 20)).ToArray()).ToArray(),
            Enumerable.Repeat(OptionSet.Empty, optionCounts.Length).ToArray(), 0.2, StrategySpec.Boulware)).ToArray();
        return Scenario(issues, profiles);
    }

    public static Package Deal(params int[] choices) => new([.. choices]);
}
