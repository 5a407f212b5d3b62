namespace TechPact.Negotiation.Protocols;

/// <summary>The fixed facts of one summit that protocols and the mediator reason over.</summary>
public sealed record SummitSetting(Scenario Scenario, NegotiationRules Rules, Leverage Leverage)
{
    /// <summary>The seats whose country has left the summit (by event). A seat stays in the table when its
    /// country leaves, so every index into the table — moves, commitments, tracks, clubs, the transcript's
    /// per-country arrays — keeps its meaning; an absent seat makes no moves and is no party to anything
    /// decided after it left (convergence, acceptance, the text, trades, the vote, clubs, tracks).</summary>
    public ImmutableSortedSet<int> Absent { get; init; } = [];

    public bool IsSeated(int country) => !Absent.Contains(country);

    /// <summary>How many countries are still at the table.</summary>
    public int SeatedCount => Scenario.Countries.Length - Absent.Count;
}
