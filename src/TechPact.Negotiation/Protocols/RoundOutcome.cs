using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols;

/// <summary>Where the table stands after a round's answers, per issue: the options everyone
/// committed to, the options a track agreed, the clubs that have formed, and the issues already
/// settled for good (<see cref="Package.Open"/> where not).</summary>
public sealed record RoundOutcome(ImmutableArray<OptionSet> Agreed, ImmutableArray<OptionSet> TrackAgreed,
    ImmutableArray<Club> Clubs, Package Settled);
