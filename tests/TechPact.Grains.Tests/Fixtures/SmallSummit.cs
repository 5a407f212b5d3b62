using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Tests.Fixtures;

/// <summary>A three-country, four-issue summit built in code, so these tests don't wait on the YAML loader.</summary>
public static class SmallSummit
{
    public static Scenario Create(long seed = 7, int maxRounds = 10, double noise = 0.1) =>
        new("small-summit", "Small summit – test fixture", Issues,
            [Us, Japan, Korea], new NegotiationRules(seed, maxRounds, NegotiationRules.SingleNegotiatingText, noise));

    /// <summary>The same table with every engine feature switched on: a protocol of choice, a
    /// track, a club threshold, logrolling, and scripted events including a party joining.</summary>
    public static Scenario WithEverything(string protocol, long seed = 7) => Create(seed, maxRounds: 12) with
    {
        Rules = new NegotiationRules(seed, 12, protocol, 0.1),
        Tracks = [new Track("us-jp", "US–Japan track", [0, 1], [1, 3])],
        ClubThreshold = 2,
        Logrolling = true,
        Events =
        [
            new ScenarioEvent(2, "gallium", "A third country restricts gallium exports",
                [new PriorityChange("JP", 2, 0.5), new ReservationChange("KR", 0.2), new StrengthChange("US", "memory-chips", 0.6)]),
            new ScenarioEvent(3, "red-line", "Japan rules out national quantum standards", [new RedLineAdded("JP", 3, 2)]),
            new ScenarioEvent(4, "taiwan", "Taiwan joins the table", [new PartyJoins(CountryProfile.Create("TW", "Taiwan",
                new Dictionary<string, double> { ["memory-chips"] = 0.9 }, [1, 1, 3, 1],
                [[0.3, 1, 0.8], [0.2, 0.7, 1, 0.6], [0.2, 1, 0.6], [0.4, 1, 0.7]],
                [OptionSet.Empty, OptionSet.Empty, OptionSet.Empty, OptionSet.Empty], 0.25, StrategySpec.Linear))]),
        ],
    };

    private static readonly ImmutableArray<Issue> Issues =
    [
        Ladder("data-flows", "Cross-border data flows", ["cloud", "ai-models"], "localisation", "safeguards", "free-flow"),
        Ladder("ai-exports", "AI model exports", ["ai-models"], "ban", "licence", "notify", "open"),
        Ladder("chip-supply", "Memory chip supply", ["memory-chips"], "national", "allies", "open"),
        Ladder("quantum-standards", "Quantum standards", ["quantum"], "national-only", "joint-body", "iso"),
    ];

    private static readonly CountryProfile Us = CountryProfile.Create("US", "United States",
        new Dictionary<string, double> { ["ai-models"] = 0.95, ["cloud"] = 0.9, ["memory-chips"] = 0.4, ["quantum"] = 0.8 },
        [3, 5, 2, 1],
        [[0, 0.7, 1], [0.2, 1, 0.6, 0], [0.3, 1, 0.5], [0.2, 1, 0.8]],
        [OptionSet.Empty, OptionSet.Of(3), OptionSet.Empty, OptionSet.Empty], 0.35, StrategySpec.Boulware);

    private static readonly CountryProfile Japan = CountryProfile.Create("JP", "Japan",
        new Dictionary<string, double> { ["ai-models"] = 0.5, ["memory-chips"] = 0.7, ["quantum"] = 0.6 },
        [2, 3, 4, 2],
        [[0.2, 1, 0.8], [0, 0.6, 1, 0.7], [0.1, 0.8, 1], [0, 1, 0.9]],
        [OptionSet.Empty, OptionSet.Empty, OptionSet.Empty, OptionSet.Of(0)], 0.3, StrategySpec.Linear);

    private static readonly CountryProfile Korea = CountryProfile.Create("KR", "Republic of Korea",
        new Dictionary<string, double> { ["memory-chips"] = 0.95, ["cloud"] = 0.5, ["ai-models"] = 0.4 },
        [4, 2, 5, 1],
        [[0.5, 1, 0.6], [0, 0.5, 1, 0.8], [1, 0.7, 0.2], [0.3, 0.7, 1]],
        [OptionSet.Empty, OptionSet.Empty, OptionSet.Empty, OptionSet.Empty], 0.3, StrategySpec.Conceder);

    private static Issue Ladder(string id, string title, ImmutableArray<string> areas, params string[] options) =>
        new(id, title, areas, options.Select(o => new Option(o, o, $"The parties agree on {o} for {title.ToLowerInvariant()}.")).ToImmutableArray());
}
