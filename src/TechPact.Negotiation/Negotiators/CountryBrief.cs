namespace TechPact.Negotiation.Negotiators;

/// <summary>Everything one country needs to decide its moves: the agenda, its own profile,
/// its power on each issue (and that power relative to the table's mean), and the rules of the summit.</summary>
public sealed record CountryBrief(
    int Index,
    ImmutableArray<Issue> Issues,
    CountryProfile Profile,
    ImmutableArray<double> RelativeLeverage,
    NegotiationRules Rules)
{
    /// <summary>Every country's profile, in table order, when the protocol assumes complete
    /// information (Zeuthen); empty otherwise.</summary>
    public ImmutableArray<CountryProfile> Table { get; init; } = [];

    /// <summary>Its own power on each issue (<see cref="Preferences.Leverage.Power"/>); empty means neutral everywhere.</summary>
    public ImmutableArray<double> Power { get; init; } = [];
}
