using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Summits;

/// <summary>What every country sees when a round opens: the draft on the table and everyone's
/// public commitments so far, indexed [country][issue].</summary>
public sealed record RoundContext(int Round, Package Draft, ImmutableArray<ImmutableArray<OptionSet>> Commitments);
