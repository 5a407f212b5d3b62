using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols.Zeuthen;

/// <summary>The monotonic concession protocol with the Zeuthen rule (Zeuthen 1930; Harsanyi 1956;
/// Rosenschein &amp; Zlotkin 1994): every country keeps a standing proposal; each round the
/// country with the smallest risk concedes just enough that it is no longer the one that should;
/// agreement when every country stands on the same proposal. With two parties it ends at the
/// Nash bargaining solution (Harsanyi's result) up to the grain of a discrete outcome space.</summary>
/// <remarks>As Zeuthen and Harsanyi assume, utilities are common knowledge: country briefs carry
/// the whole table (<see cref="CompleteInformation"/>). The decisions are the countries' own
/// (<see cref="ZeuthenNegotiator"/>); this class only shows the best standing proposal as the text.</remarks>
public sealed class ZeuthenProtocol : INegotiationProtocol
{
    public string Name => "zeuthen";

    public bool CompleteInformation => true;

    /// <summary>Before anyone proposes, the text is the Nash-best package nobody has a red line
    /// against on each issue — only a placeholder for displays; countries look at proposals.</summary>
    public Package OpeningDraft(SummitSetting setting) => new SingleNegotiatingText().OpeningDraft(setting);

    public Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, RoundOutcome outcome) =>
        moves.Select(m => m.Proposal ?? draft).MaxBy(p => NashMediator.LogNashProduct(setting, p)) ?? draft;

    /// <summary>Agreement is everyone standing on the same proposal, and it clearing every reservation.</summary>
    public Package? Settle(SummitSetting setting, Package revised, IReadOnlyList<CountryMove> moves, IReadOnlyList<OptionSet> agreed)
    {
        var first = moves[0].Proposal;
        if (first is null || moves.Any(m => !first.Equals(m.Proposal))) return null;
        return double.IsNegativeInfinity(NashMediator.LogNashProduct(setting, first)) ? null : first;
    }
}
