namespace TechPact.Negotiation.Summits;

/// <summary>Who answers next, and what they see. All countries at once in most protocols; one
/// at a time in turn-taking ones.</summary>
/// <param name="Countries">Country indices, in table order.</param>
public sealed record Turn(RoundContext Context, ImmutableArray<int> Countries);
