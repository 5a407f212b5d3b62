namespace TechPact.Negotiation.Experiments;

/// <summary>One run of a sweep or tournament, fully decided before it is played: the table (its
/// preferences perturbed, its strategies assigned) and the rules. A function of the experiment's
/// seed and the run's index only, so runs may be played in any order and on any grain.</summary>
/// <param name="Parameters">The perturbation draws, in a fixed order (empty in tournaments).</param>
public sealed record PlannedRun(int Index, Scenario Scenario, NegotiationRules Rules, ImmutableArray<PerturbedParameter> Parameters);

/// <summary>What a sweep or tournament plans: a fixed number of runs, each callable by index.</summary>
public interface IExperimentPlan
{
    Scenario Baseline { get; }
    int Runs { get; }
    PlannedRun Run(int index);
}
