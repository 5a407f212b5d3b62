namespace TechPact.Negotiation.Protocols;

/// <summary>The protocols a scenario may name.</summary>
public static class ProtocolCatalog
{
    private static readonly Dictionary<string, INegotiationProtocol> Known = new(StringComparer.Ordinal)
    {
        [Summits.NegotiationRules.SingleNegotiatingText] = new Text.SingleNegotiatingText(),
        ["alternating-offers"] = new Offers.AlternatingOffers(),
        ["partial-consensus"] = new Text.PartialConsensus(),
        ["zeuthen"] = new Zeuthen.ZeuthenProtocol(),
    };

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool IsKnown(string name) => Known.ContainsKey(name);

    /// <summary>Protocols are stateless (their state travels in the summit), so one instance serves every summit.</summary>
    public static INegotiationProtocol Create(string name) =>
        Known.TryGetValue(name, out var protocol)
            ? protocol
            : throw new ArgumentException($"Unknown protocol '{name}'; known: {string.Join(", ", Known.Keys)}.", nameof(name));
}
