namespace TechPact.Negotiation.Summits;

/// <summary>One line of the transcript. The transcript is the whole history of a summit:
/// replaying it rebuilds the summit, and two runs with the same seed write identical ones.</summary>
public abstract record TranscriptEvent(int Round);

/// <summary>The summit opens and the mediator tables its first draft.</summary>
public sealed record SummitOpened(string Scenario, long Seed, int MaxRounds, string Protocol, Package Draft)
    : TranscriptEvent(0)
{
    public double Noise { get; init; }

    /// <summary>In a turn-taking protocol, the country the seed chose to speak first (the order then
    /// rotates one seat a round); null when everyone answers at once.</summary>
    public string? FirstMover { get; init; }

    /// <summary>The scenario as it stood when the summit opened, before any event fired: with
    /// the rules above it is everything needed to rebuild the run from the transcript alone.</summary>
    public Scenario? Source { get; init; }
}

/// <summary>A country's answer to the draft of a round.</summary>
public sealed record CountryAnswered(CountryMove Move) : TranscriptEvent(Move.Round);

/// <summary>The mediator revises the draft after hearing every country; Converged marks the
/// issues on which every country's commitments now intersect.</summary>
public sealed record DraftRevised(int Round, Package Draft, ImmutableArray<bool> Converged) : TranscriptEvent(Round);

/// <summary>The summit ends: Agreement holds the pact (open issues as <see cref="Package.Open"/>).</summary>
public sealed record SummitConcluded(int Round, SummitStatus Status, Package Agreement, ImmutableArray<double> Utilities)
    : TranscriptEvent(Round)
{
    /// <summary>The standards clubs at the end, with who is in.</summary>
    public ImmutableArray<Club> Clubs { get; init; } = [];
}

/// <summary>A scripted inject fires at the start of a round.</summary>
public sealed record EventFired(int Round, ScenarioEvent Event) : TranscriptEvent(Round);

/// <summary>Two countries trade concessions across issues; both ledger entries of the trade.</summary>
public sealed record TradeAgreed(int Round, LedgerEntry First, LedgerEntry Second) : TranscriptEvent(Round)
{
    /// <summary>Every country's utility change (table order) of the mediator's next text with the trade
    /// against without it: the traders' net gains and what third parties gain or carry.</summary>
    public ImmutableArray<double> Effects { get; init; } = [];
}

/// <summary>The members of a track all commit to a common option on one of its issues.</summary>
public sealed record TrackAgreed(int Round, string Track, int Issue, OptionSet Options) : TranscriptEvent(Round);

/// <summary>A standards club forms on an issue.</summary>
public sealed record ClubFormed(int Round, Club Club) : TranscriptEvent(Round);

/// <summary>A country accedes to a standards club.</summary>
public sealed record ClubJoined(int Round, int Issue, int Option, string Country) : TranscriptEvent(Round);

/// <summary>In a turn-taking protocol, a country replaces the standing offer with its own.</summary>
public sealed record OfferTabled(int Round, string Country, Package Offer) : TranscriptEvent(Round);
