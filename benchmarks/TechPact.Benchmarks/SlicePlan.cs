using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Summits;

namespace TechPact.Benchmarks;

/// <summary>Runs [offset, offset + runs) of a big plan, renumbered from 0: a benchmark batch.</summary>
public sealed class SlicePlan(IExperimentPlan inner, int offset, int runs) : IExperimentPlan
{
    public Scenario Baseline => inner.Baseline;
    public int Runs => runs;
    public PlannedRun Run(int index) => inner.Run(offset + index) with { Index = index };
}
