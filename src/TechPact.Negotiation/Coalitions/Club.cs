namespace TechPact.Negotiation.Coalitions;

/// <summary>A standards club: enough countries committed to one option on an issue adopt it as
/// their standard among themselves, and offer accession to the rest every later round.</summary>
/// <param name="Members">Country indices, in the order they joined.</param>
public sealed record Club(int Issue, int Option, int FormedRound, ImmutableArray<int> Members);
