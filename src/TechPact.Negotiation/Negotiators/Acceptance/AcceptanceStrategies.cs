namespace TechPact.Negotiation.Negotiators.Acceptance;

/// <summary>AC_next(α, β) of Baarslag, Hindriks &amp; Jonker (2014): accept when what is offered is at
/// least what its own next bid would bring, α · U(next bid) + β ≤ U(offer). Here β = 0 and α is one
/// round of discounting: waiting a round for its own bid is worth only α of it.</summary>
public sealed class AcNext : IAcceptanceStrategy
{
    private const double Tolerance = 1e-9;

    public bool Accepts(AcceptanceInput input) => input.OfferUtility >= input.RoundDiscount * input.NextBidUtility - Tolerance;
}

/// <summary>AC_time(T): accept anything (above the reservation, as always) once the time passes T.</summary>
public sealed class AcTime : IAcceptanceStrategy
{
    public bool Accepts(AcceptanceInput input) => input.Time >= input.Threshold;
}

/// <summary>AC_combi(T, MAX^W), the best condition in Baarslag et al.'s (2014) tests: AC_next, or after T
/// an offer at least as good as the best one on the table within the window W of the last (1 − t) of
/// the time, i.e. as long back as is left to go.</summary>
public sealed class AcCombi : IAcceptanceStrategy
{
    private static readonly AcNext Next = new();

    public bool Accepts(AcceptanceInput input)
    {
        if (Next.Accepts(input)) return true;
        if (input.Time < input.Threshold) return false;
        var from = input.Time - (1 - input.Time);
        var window = input.EarlierOffers.Where(o => o.Time >= from - 1e-12).Select(o => o.Utility).ToList();
        return window.Count == 0 || input.OfferUtility >= window.Max() - 1e-12;
    }
}

/// <summary>The acceptance strategies a scenario may name.</summary>
public static class AcceptanceCatalog
{
    private static readonly Dictionary<string, IAcceptanceStrategy> Known = new(StringComparer.Ordinal)
    {
        ["ac-next"] = new AcNext(),
        ["ac-time"] = new AcTime(),
        ["ac-combi"] = new AcCombi(),
    };

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool IsKnown(string name) => Known.ContainsKey(name);

    public static IAcceptanceStrategy For(AcceptanceSpec spec) =>
        Known.TryGetValue(spec.Name, out var strategy)
            ? strategy
            : throw new ArgumentException($"Unknown acceptance strategy '{spec.Name}'; known: {string.Join(", ", Known.Keys)}.", nameof(spec));
}
