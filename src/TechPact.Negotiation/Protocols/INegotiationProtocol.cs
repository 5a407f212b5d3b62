using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Protocols;

/// <summary>How the table moves from one round to the next. The summit owns rounds,
/// commitments and convergence; a protocol decides what goes on the table.</summary>
public interface INegotiationProtocol
{
    string Name { get; }

    Package OpeningDraft(SummitSetting setting);

    Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, RoundOutcome outcome);
}
