namespace TechPact.Negotiation.Summits;

/// <summary>The summit was forked after <paramref name="Round"/>: from here it runs under
/// <paramref name="Rules"/>, with <paramref name="Events"/> added to the script.</summary>
public sealed record SummitForked(int Round, long ParentSeed, NegotiationRules Rules, ImmutableArray<ScenarioEvent> Events)
    : TranscriptEvent(Round)
{
    public long Seed => Rules.Seed;
}
