namespace TechPact.Negotiation.Summits;

/// <summary>What every country sees when a round opens: the draft on the table and what has
/// been said at the table so far. Arrays are indexed by country (and then by issue).</summary>
/// <param name="Commitments">Everyone's public commitments so far.</param>
public sealed record RoundContext(int Round, Package Draft, ImmutableArray<ImmutableArray<OptionSet>> Commitments)
{
    /// <summary>How many past rounds <see cref="Positions"/> and <see cref="Drafts"/> reach back.</summary>
    public const int Memory = 12;

    /// <summary>Commitments as they stood after the first round: the baseline against which
    /// tit-for-tat measures the others' concessions. Empty before round 2.</summary>
    public ImmutableArray<ImmutableArray<OptionSet>> OpeningCommitments { get; init; } = [];

    /// <summary>Each country's stated aspiration last round (empty before round 2).</summary>
    public ImmutableArray<double> Aspirations { get; init; } = [];

    /// <summary>Each country's stated Zeuthen risk last round; 0 for those that accepted (empty before round 2).</summary>
    public ImmutableArray<double> Risks { get; init; } = [];

    /// <summary>Each country's standing proposal (proposal-based protocols; empty otherwise).</summary>
    public ImmutableArray<Package> Proposals { get; init; } = [];

    /// <summary>Standards clubs open for accession: a country that commits to a club's option joins it.</summary>
    public ImmutableArray<Club> Clubs { get; init; } = [];

    /// <summary>What each country stood for in each of the last <see cref="Memory"/> rounds, oldest first:
    /// the text with its amendments, the offer it made or took, or its proposal. What opponent models read.</summary>
    public ImmutableArray<ImmutableArray<Package>> Positions { get; init; } = [];

    /// <summary>The texts on the table in the same rounds as <see cref="Positions"/>, oldest first.</summary>
    public ImmutableArray<Package> Drafts { get; init; } = [];

    /// <summary>The seats whose country has left the summit: they make no moves, and what they committed to or
    /// stood for when they left binds nobody (<see cref="Protocols.SummitSetting.Absent"/>).</summary>
    public ImmutableSortedSet<int> Absent { get; init; } = [];
}
