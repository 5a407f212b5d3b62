namespace TechPact.Negotiation.Summits;

/// <summary>A negotiation to run: the agenda, the countries at the table, and default rules
/// (a run may override the seed and the deadline).</summary>
public sealed record Scenario(
    string Id,
    string Title,
    ImmutableArray<Issue> Issues,
    ImmutableArray<CountryProfile> Countries,
    NegotiationRules Rules)
{
    /// <summary>Free text for readers of the scenario; plays no part in the negotiation.</summary>
    public string Description { get; init; } = "";

    /// <summary>Scripted injects, in round order.</summary>
    public ImmutableArray<ScenarioEvent> Events { get; init; } = [];

    public ImmutableArray<Track> Tracks { get; init; } = [];

    /// <summary>How many countries committed to one option form a standards club; 0 = no clubs.</summary>
    public int ClubThreshold { get; init; }

    /// <summary>Whether the mediator brokers logrolling trades between countries.</summary>
    public bool Logrolling { get; init; }

    public int CountryIndex(string id)
    {
        for (var c = 0; c < Countries.Length; c++)
            if (Countries[c].Id == id) return c;
        return -1;
    }

    public NegotiationRules RulesWith(long? seed = null, int? maxRounds = null) =>
        Rules with { Seed = seed ?? Rules.Seed, MaxRounds = maxRounds ?? Rules.MaxRounds };
}
