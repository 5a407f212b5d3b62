namespace TechPact.Negotiation.Summits;

/// <summary>Everything a summit knows between turns that every protocol shares; what only one protocol
/// needs lives in its own <see cref="Protocol"/> state. Arrays are indexed by country, then issue.</summary>
/// <param name="Round">Rounds completed.</param>
/// <param name="Aspirations">What each country said it demanded last round (1 before the first).</param>
/// <param name="Risks">Each country's stated Zeuthen risk last round (0 before the first).</param>
/// <param name="Agreement">The pact once concluded (open issues as <see cref="Package.Open"/>).</param>
/// <param name="Positions">What each country stood for in the last <see cref="RoundContext.Memory"/> rounds, oldest first.</param>
/// <param name="Drafts">The texts those rounds' answers were given to, oldest first.</param>
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
    ProtocolState Protocol)
{
    public ImmutableArray<ImmutableArray<Package>> Positions { get; init; } = [];
    public ImmutableArray<Package> Drafts { get; init; } = [];
}
