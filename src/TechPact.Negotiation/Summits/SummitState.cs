using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Linkage;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Summits;

/// <summary>Everything a summit knows between rounds. Arrays are indexed by country, then issue.</summary>
/// <param name="Round">Rounds completed.</param>
/// <param name="Aspirations">What each country demanded last round (1 before the first).</param>
/// <param name="Risks">Each country's Zeuthen risk last round (0 before the first).</param>
/// <param name="Agreement">The pact once concluded (open issues as <see cref="Package.Open"/>).</param>
/// <param name="Settled">Issues settled for good (issue-by-issue protocols), else <see cref="Package.Open"/>.</param>
/// <param name="Pending">Moves already made this round (turn-taking protocols).</param>
/// <param name="Acceptances">How many countries in succession have accepted the standing offer.</param>
public sealed record SummitState(
    int Round,
    Package Draft,
    ImmutableArray<ImmutableArray<OptionSet>> Commitments,
    ImmutableArray<ImmutableArray<OptionSet>> OpeningCommitments,
    ImmutableArray<double> Aspirations,
    ImmutableArray<double> Risks,
    ImmutableArray<Club> Clubs,
    ImmutableList<LedgerEntry> Ledger,
    SummitStatus Status,
    Package Agreement,
    ImmutableList<TranscriptEvent> Transcript,
    Package Settled,
    ImmutableList<CountryMove> Pending,
    int Acceptances)
{
    /// <summary>Each country's standing proposal (proposal-based protocols).</summary>
    public ImmutableArray<Package> Proposals { get; init; } = [];
}
