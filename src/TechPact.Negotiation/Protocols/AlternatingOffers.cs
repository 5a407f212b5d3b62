using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols;

/// <summary>Multilateral stacked alternating offers (Aydoğan et al. 2017, the ANAC multilateral
/// protocol; Rubinstein 1982 for two parties): countries speak in turn; each accepts the
/// standing offer or replaces it with its own; agreement when everyone has accepted the same
/// offer in succession (its proposer counting as accepting).</summary>
/// <remarks>A counter-offer is the standing offer with the country's amendments applied: on each
/// issue it can't accept, the committed option nearest the standing one. There is no mediator;
/// the standing offer is simply the last one made.</remarks>
public sealed class AlternatingOffers : INegotiationProtocol
{
    public string Name => "alternating-offers";

    public bool TakesTurns => true;

    /// <summary>The first speaker opens against an empty table, so the opening "offer" is its
    /// favourite package: every issue at its best admissible option for country 0.</summary>
    public Package OpeningDraft(SummitSetting setting)
    {
        var first = setting.Scenario.Countries[0];
        return new Package([.. setting.Scenario.Issues.Select((_, i) =>
            NashMediator.Admissible(setting, i).Members().MaxBy(o => first.Values[i][o]))]);
    }

    public Package AfterTurn(SummitSetting setting, Package standing, CountryMove move) =>
        move.Accepts
            ? standing
            : new Package([.. standing.Choices.Select((o, i) => move.Amendments[i] == Package.Open ? o : move.Amendments[i])]);

    /// <summary>The standing offer carries over to the next round unchanged.</summary>
    public Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, RoundOutcome outcome) => draft;
}
