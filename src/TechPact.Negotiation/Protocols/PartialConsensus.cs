using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols;

/// <summary>Partial consensus, issue by issue (Fershtman 1990; the "agree as you go" practice of
/// consensus bodies): the text is drafted as in the single negotiating text, but an issue on
/// which everyone's commitments meet is settled at once and never reopened. The pact lists the
/// settled standards and leaves the rest as open items.</summary>
/// <remarks>The contrast with the single negotiating text is the point: there nothing is agreed
/// until everything is, so issues can still move for a better package; here early issues lock,
/// which is faster and safer but can strand a package below someone's reservation.</remarks>
public sealed class PartialConsensus : INegotiationProtocol
{
    private readonly SingleNegotiatingText _drafting = new();

    public string Name => "partial-consensus";

    public bool SettlesIssueByIssue => true;

    public Package OpeningDraft(SummitSetting setting) => _drafting.OpeningDraft(setting);

    public Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, RoundOutcome outcome) =>
        _drafting.ReviseDraft(setting, draft, moves, outcome);
}
