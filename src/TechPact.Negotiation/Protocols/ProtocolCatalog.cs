namespace TechPact.Negotiation.Protocols;

/// <summary>The protocols a scenario may name.</summary>
public static class ProtocolCatalog
{
    private static readonly Dictionary<string, Func<INegotiationProtocol>> Known = new(StringComparer.Ordinal)
    {
        [Summits.NegotiationRules.SingleNegotiatingText] = () => new SingleNegotiatingText(),
        ["alternating-offers"] = () => new AlternatingOffers(),
        ["partial-consensus"] = () => new PartialConsensus(),
        ["zeuthen"] = () => new Zeuthen.ZeuthenProtocol(),
    };

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool IsKnown(string name) => Known.ContainsKey(name);

    public static INegotiationProtocol Create(string name) =>
        Known.TryGetValue(name, out var make)
            ? make()
            : throw new ArgumentException($"Unknown protocol '{name}'; known: {string.Join(", ", Known.Keys)}.", nameof(name));
}
