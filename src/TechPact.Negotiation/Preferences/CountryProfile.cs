namespace TechPact.Negotiation.Preferences;

/// <summary>A country's confidential brief, bound to one agenda (arrays are indexed by issue).</summary>
/// <param name="Strengths">Capability area → 0..1; drives leverage.</param>
/// <param name="Weights">Issue weights, normalised to sum to 1.</param>
/// <param name="Values">Per issue, per option: 0..1, normalised so the best option of each issue is 1.</param>
/// <param name="RedLines">Per issue, the options this country can never accept.</param>
/// <param name="Reservation">Utility of no agreement (its BATNA).</param>
public sealed record CountryProfile(
    string Id,
    string Name,
    ImmutableSortedDictionary<string, double> Strengths,
    ImmutableArray<double> Weights,
    ImmutableArray<ImmutableArray<double>> Values,
    ImmutableArray<OptionSet> RedLines,
    double Reservation,
    StrategySpec Strategy)
{
    /// <summary>GENIUS's discount factor d in (0, 1]: a deal reached at normalised time t is worth
    /// u · d^t to this country (<see cref="Utility.Discounted"/>). 1 = no discounting.</summary>
    public double Discount { get; init; } = 1.0;

    public double Strength(string area) => Strengths.TryGetValue(area, out var s) ? s : 0.0;

    /// <summary>Builds a profile from raw priorities and positions, normalising both the way
    /// GENIUS does: weights to sum 1, and each issue's values by their maximum.</summary>
    public static CountryProfile Create(
        string id, string name, IReadOnlyDictionary<string, double> strengths,
        IReadOnlyList<double> priorities, IReadOnlyList<IReadOnlyList<double>> positions,
        IReadOnlyList<OptionSet> redLines, double reservation, StrategySpec strategy)
    {
        var total = priorities.Sum();
        // Weights that already sum to 1 (as a written-out scenario's do) are kept bit for bit:
        // dividing by a sum that misses 1 in the last bit would move them, and a reloaded
        // scenario would no longer replay its own transcript.
        var weights = Math.Abs(total - 1.0) <= 1e-12
            ? priorities.ToImmutableArray()
            : priorities.Select(p => total > 0 ? p / total : 1.0 / priorities.Count).ToImmutableArray();
        var values = positions.Select(issue =>
        {
            var max = issue.Count == 0 ? 0 : issue.Max();
            return issue.Select(v => max > 0 ? v / max : 0.0).ToImmutableArray();
        }).ToImmutableArray();
        return new CountryProfile(id, name, strengths.ToImmutableSortedDictionary(StringComparer.Ordinal),
            weights, values, redLines.ToImmutableArray(), reservation, strategy);
    }
}
