using System.Numerics;

namespace TechPact.Negotiation.Analysis;

/// <summary>The shape of a scenario's outcome space and its bargaining solutions.</summary>
/// <param name="OutcomeCount">Number of complete packages (product of option counts).</param>
/// <param name="Exact">True when every outcome was enumerated; false for the sampled approximation.</param>
/// <param name="Method">"exhaustive" or a description of the approximation and its parameters.</param>
/// <param name="EvaluatedOutcomes">Outcomes actually scored (all of them when exact).</param>
/// <param name="SampleSize">Random outcomes drawn (approximation only).</param>
/// <param name="ClimbStarts">Hill-climbing starts per objective (approximation only).</param>
/// <param name="ParetoFrontier">Non-dominated complete packages (of those evaluated when not exact),
/// by the first country's utility descending, then package order.</param>
/// <param name="AnyOutcomeClearsReservations">Some outcome gives every country at least its
/// reservation and crosses no red line (among those evaluated when not exact).</param>
/// <param name="Ideal">Per country, the best utility among outcomes that clear every reservation;
/// empty when none does.</param>
/// <param name="LeverageExponents">β per country for the leverage-weighted Nash product.</param>
/// <param name="Nash">Maximises Π (U_c − r_c); null when no outcome clears every reservation.</param>
/// <param name="NashProductUpperBound">Π (best_c − r_c) with best_c each country's unconstrained
/// best: no outcome's Nash product exceeds it. Tells how far an approximate Nash may be from the truth.</param>
/// <param name="MaxWelfare">Maximises Σ U_c over all outcomes (exact at any size: the sum is separable by issue).</param>
/// <param name="Notes">Plain-language remarks (infeasibility, approximation caveats).</param>
public sealed record OutcomeAnalysis(
    BigInteger OutcomeCount,
    bool Exact,
    string Method,
    long EvaluatedOutcomes,
    int SampleSize,
    int ClimbStarts,
    ImmutableArray<SolutionPoint> ParetoFrontier,
    bool AnyOutcomeClearsReservations,
    ImmutableArray<double> Reservations,
    ImmutableArray<double> Ideal,
    ImmutableArray<double> LeverageExponents,
    SolutionPoint? Nash,
    SolutionPoint? LeverageWeightedNash,
    SolutionPoint? KalaiSmorodinsky,
    SolutionPoint MaxWelfare,
    double NashProductUpperBound,
    AgreementAssessment? Agreement,
    ImmutableArray<string> Notes)
{
    public double OutcomeCountApprox => (double)OutcomeCount;
}

/// <summary>How the agreement reached compares with the outcome space.</summary>
/// <param name="IsParetoOptimal">No complete package gives someone more and nobody less (when the
/// analysis is not exact: none among those evaluated and the agreement's single-issue neighbours).</param>
/// <param name="DominatedBy">A package that Pareto-dominates the agreement, when one was found.</param>
/// <param name="DistanceToNash">Euclidean distance in utility space to the Nash solution; null without one.</param>
public sealed record AgreementAssessment(
    SolutionPoint Point,
    bool IsComplete,
    bool ClearsReservations,
    bool IsParetoOptimal,
    SolutionPoint? DominatedBy,
    double? DistanceToNash);
