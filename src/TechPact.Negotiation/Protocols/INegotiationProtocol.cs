using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols;

/// <summary>How the table moves. The summit owns rounds, commitments, convergence and the
/// deadline; a protocol decides what goes on the table and in what order countries speak.</summary>
public interface INegotiationProtocol
{
    string Name { get; }

    /// <summary>Countries answer one after another within a round, each seeing the table as the
    /// one before left it (alternating offers), instead of all at once.</summary>
    bool TakesTurns => false;

    /// <summary>An issue settles for good as soon as everyone's commitments meet on it, instead
    /// of "nothing is agreed until everything is agreed".</summary>
    bool SettlesIssueByIssue => false;

    /// <summary>Countries know each other's utilities (Zeuthen and Harsanyi assume it); their
    /// briefs then carry the whole table.</summary>
    bool CompleteInformation => false;

    Package OpeningDraft(SummitSetting setting);

    /// <summary>For turn-taking protocols: the standing offer after one country's turn.</summary>
    Package AfterTurn(SummitSetting setting, Package standing, CountryMove move) => standing;

    /// <summary>The text for the next round, once every country has answered.</summary>
    Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, RoundOutcome outcome);

    /// <summary>The pact, if this round produced one: by default a package drawn from everyone's
    /// common commitments that clears every reservation.</summary>
    Package? Settle(SummitSetting setting, Package revised, IReadOnlyList<CountryMove> moves, IReadOnlyList<OptionSet> agreed) =>
        Summits.Settlement.Find(setting, revised, agreed);
}
