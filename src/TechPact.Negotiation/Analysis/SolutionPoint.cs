namespace TechPact.Negotiation.Analysis;

/// <summary>A named outcome and every country's utility of it (scenario country order).</summary>
public sealed record SolutionPoint(string Name, Package Package, ImmutableArray<double> Utilities);
