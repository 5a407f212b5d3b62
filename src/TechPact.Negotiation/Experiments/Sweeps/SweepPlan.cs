namespace TechPact.Negotiation.Experiments.Sweeps;

/// <summary>A Monte-Carlo sweep: N runs of one scenario, each with its own negotiation seed and
/// its own perturbation of the preferences.</summary>
/// <remarks>Run i draws from <c>DeterministicRandom.For(seed, "sweep", i)</c>: first its
/// negotiation seed, then its perturbation. Nothing is shared between runs, which is what
/// makes the results the same whatever the parallelism.</remarks>
public sealed record SweepPlan(Scenario Baseline, int Runs, long Seed, VarySpec Vary, int? MaxRounds = null) : IExperimentPlan
{
    public PlannedRun Run(int index)
    {
        if (index < 0 || index >= Runs) throw new ArgumentOutOfRangeException(nameof(index));
        var random = DeterministicRandom.For(Seed, "sweep", index);
        var runSeed = (long)(random.NextUInt64() >> 33); // 31 bits: readable in transcripts
        var (scenario, parameters) = Perturbation.Apply(Baseline, Vary, random);
        var rules = Baseline.RulesWith(runSeed, MaxRounds);
        return new PlannedRun(index, scenario with { Rules = rules }, rules, parameters);
    }
}
