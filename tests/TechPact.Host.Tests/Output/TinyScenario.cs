using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Tests.Output;

/// <summary>A two-issue, three-country scenario built in code, so the run pipeline is tested
/// without the YAML loader.</summary>
public static class TinyScenario
{
    public static Scenario Create() => new("tiny", "Tiny – <pact> [test]",
        [Ladder("data-flows", "Data flows", "closed", "safeguards", "open"), Ladder("chips", "Chips", "national", "allies", "open")],
        [
            Country("US", "United States", [3, 2], [[0, 0.7, 1], [0.3, 1, 0.6]], StrategySpec.Boulware),
            Country("JP", "Japan", [2, 3], [[0.2, 1, 0.8], [0.1, 0.8, 1]], StrategySpec.Linear),
            Country("KR", "Korea", [1, 4], [[0.5, 1, 0.6], [1, 0.7, 0.2]], StrategySpec.Conceder),
        ],
        new NegotiationRules(5, 8, NegotiationRules.SingleNegotiatingText, 0.05));

    private static Issue Ladder(string id, string title, params string[] options) =>
        new(id, title, ["tech"], options.Select(o => new Option(o, o, $"Standard [{o}] for {title}.")).ToImmutableArray());

    private static CountryProfile Country(string id, string name, double[] priorities, double[][] positions, StrategySpec strategy) =>
        CountryProfile.Create(id, name, new Dictionary<string, double> { ["tech"] = 0.5 }, priorities,
            positions.Select(p => (IReadOnlyList<double>)p).ToList(), [OptionSet.Empty, OptionSet.Empty], 0.3, strategy);
}
