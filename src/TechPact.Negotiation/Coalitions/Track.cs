namespace TechPact.Negotiation.Coalitions;

/// <summary>A bilateral (or small plurilateral) track inside the summit: some countries work on
/// some issues among themselves, and what they agree there feeds the summit's draft.</summary>
/// <param name="Countries">Country indices.</param>
/// <param name="Issues">Issue indices.</param>
public sealed record Track(string Id, string Title, ImmutableArray<int> Countries, ImmutableArray<int> Issues);
