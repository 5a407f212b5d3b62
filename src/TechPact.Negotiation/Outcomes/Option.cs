namespace TechPact.Negotiation.Outcomes;

/// <summary>One rung on an issue's ladder, from the most closed to the most open.</summary>
/// <param name="Standard">The text this option puts into the pact when it is agreed.</param>
public sealed record Option(string Id, string Label, string Standard);
