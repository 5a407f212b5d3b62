using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Summits;

/// <summary>One line of the transcript. The transcript is the whole history of a summit:
/// replaying it rebuilds the summit, and two runs with the same seed write identical ones.</summary>
public abstract record TranscriptEvent(int Round);

/// <summary>The summit opens and the mediator tables its first draft.</summary>
public sealed record SummitOpened(string Scenario, long Seed, int MaxRounds, string Protocol, Package Draft)
    : TranscriptEvent(0);

/// <summary>A country's answer to the draft of a round.</summary>
public sealed record CountryAnswered(CountryMove Move) : TranscriptEvent(Move.Round);

/// <summary>The mediator revises the draft after hearing every country; Converged marks the
/// issues on which every country's commitments now intersect.</summary>
public sealed record DraftRevised(int Round, Package Draft, ImmutableArray<bool> Converged) : TranscriptEvent(Round);

/// <summary>The summit ends: Agreement holds the pact (open issues as <see cref="Package.Open"/>).</summary>
public sealed record SummitConcluded(int Round, SummitStatus Status, Package Agreement, ImmutableArray<double> Utilities)
    : TranscriptEvent(Round);
