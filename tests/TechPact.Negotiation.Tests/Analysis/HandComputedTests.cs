using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Outcomes;
using static TechPact.Negotiation.Tests.Analysis.ScenarioBuilder;

namespace TechPact.Negotiation.Tests.Analysis;

/// <summary>Two issues of three options, two countries; every figure below was worked out by hand.
/// X: weights ½, ½; A = [¼, 0, 1], B = [¼, 1, ½]; reservation 0.
/// Y: weights ½, ½; A = [1, ¾, ½], B = [¼, ¾, 1]; reservation ¼.
/// Outcomes (A,B) → (U_X, U_Y): (0,0) .25/.625, (0,1) .625/.875, (0,2) .375/1, (1,0) .125/.5,
/// (1,1) .5/.75, (1,2) .25/.875, (2,0) .625/.375, (2,1) 1/.625, (2,2) .75/.75.</summary>
public class HandComputedTests
{
    private static readonly Dictionary<string, double> Strong = new() { ["chips"] = 0.75, ["cloud"] = 0.75 };
    private static readonly Dictionary<string, double> Weak = new() { ["chips"] = 0.25, ["cloud"] = 0.25 };

    internal static Negotiation.Summits.Scenario TwoByThree(double reservationY = 0.25) => Scenario(
        [Issue("a", 3, "chips"), Issue("b", 3, "cloud")],
        Country("X", [0.5, 0.5], [[0.25, 0, 1], [0.25, 1, 0.5]], 0, Strong),
        Country("Y", [0.5, 0.5], [[1, 0.75, 0.5], [0.25, 0.75, 1]], reservationY, Weak));

    [Fact]
    public void Counts_every_outcome_and_is_exact()
    {
        var analysis = OutcomeAnalyzer.Analyze(TwoByThree());
        Assert.Equal(9, (int)analysis.OutcomeCount);
        Assert.True(analysis.Exact);
        Assert.Equal(9, analysis.EvaluatedOutcomes);
    }

    [Fact]
    public void Pareto_frontier_is_the_four_undominated_packages_by_first_country_descending()
    {
        var frontier = OutcomeAnalyzer.Analyze(TwoByThree()).ParetoFrontier;
        Assert.Equal([Deal(2, 1), Deal(2, 2), Deal(0, 1), Deal(0, 2)], frontier.Select(p => p.Package));
        Assert.Equal([1.0, 0.625], frontier[0].Utilities.ToArray());
    }

    [Fact]
    public void Nash_maximises_the_product_of_surpluses()
    {
        // (0,1): .625 × (.875 − .25) = .390625 beats (2,1) and (2,2) at .375.
        var nash = OutcomeAnalyzer.Analyze(TwoByThree()).Nash!;
        Assert.Equal(Deal(0, 1), nash.Package);
        Assert.Equal([0.625, 0.875], nash.Utilities.ToArray());
    }

    [Fact]
    public void Max_welfare_is_the_largest_sum()
    {
        var welfare = OutcomeAnalyzer.Analyze(TwoByThree()).MaxWelfare;
        Assert.Equal(Deal(2, 1), welfare.Package);
        Assert.Equal(1.625, welfare.Utilities.Sum());
    }

    [Fact]
    public void Kalai_Smorodinsky_maximises_the_smallest_share_of_each_ideal()
    {
        // Ideal (1, 1). Ratios min(U_X, (U_Y − ¼)/¾): (2,1) .5, (2,2) .667, (0,1) .625, (0,2) .375.
        var analysis = OutcomeAnalyzer.Analyze(TwoByThree());
        Assert.Equal([1.0, 1.0], analysis.Ideal.ToArray());
        Assert.Equal(Deal(2, 2), analysis.KalaiSmorodinsky!.Package);
    }

    [Fact]
    public void Leverage_weighted_Nash_leans_towards_the_stronger_country()
    {
        // Power ¾ and ¼ on both issues → β = (1, ⅓), the strongest scaled to 1.
        // (2,1): 1 × .375^⅓ = .72 beats (2,2) .75 × .5^⅓ = .60 and (0,1) .625 × .625^⅓ = .53.
        var analysis = OutcomeAnalyzer.Analyze(TwoByThree());
        Assert.Equal(1.0, analysis.LeverageExponents[0]);
        Assert.Equal(1.0 / 3, analysis.LeverageExponents[1], 12);
        Assert.Equal(Deal(2, 1), analysis.LeverageWeightedNash!.Package);
    }

    [Fact]
    public void Agreement_off_the_frontier_is_dominated_and_measured_against_Nash()
    {
        var review = OutcomeAnalyzer.Analyze(TwoByThree(), Deal(1, 1)).Agreement!;
        Assert.False(review.IsParetoOptimal);
        Assert.Equal(Deal(2, 2), review.DominatedBy!.Package);
        Assert.Equal(Math.Sqrt(2 * 0.125 * 0.125), review.DistanceToNash!.Value, 12);
        Assert.True(review.ClearsReservations);
    }

    [Fact]
    public void Agreement_on_the_frontier_is_Pareto_optimal()
    {
        var review = OutcomeAnalyzer.Analyze(TwoByThree(), Deal(0, 1)).Agreement!;
        Assert.True(review.IsParetoOptimal);
        Assert.Null(review.DominatedBy);
        Assert.Equal(0, review.DistanceToNash!.Value, 12);
    }

    [Fact]
    public void Partial_agreement_counts_open_issues_as_nothing()
    {
        var review = OutcomeAnalyzer.Analyze(TwoByThree(), Deal(2, Package.Open)).Agreement!;
        Assert.False(review.IsComplete);
        Assert.Equal([0.5, 0.25], review.Point.Utilities.ToArray());
        Assert.False(review.IsParetoOptimal);
    }

    [Fact]
    public void When_nothing_clears_the_reservations_the_bargaining_solutions_are_absent_and_said_so()
    {
        var analysis = OutcomeAnalyzer.Analyze(TwoByThree(reservationY: 1.5), Deal(0, 1));
        Assert.False(analysis.AnyOutcomeClearsReservations);
        Assert.Null(analysis.Nash);
        Assert.Null(analysis.KalaiSmorodinsky);
        Assert.Null(analysis.LeverageWeightedNash);
        Assert.Null(analysis.Agreement!.DistanceToNash);
        Assert.Contains(analysis.Notes, n => n.Contains("No outcome clears every reservation"));
        Assert.Equal(Deal(2, 1), analysis.MaxWelfare.Package);
    }

    [Fact]
    public void Red_lines_exclude_outcomes_from_the_bargaining_solutions()
    {
        var scenario = TwoByThree();
        var x = scenario.Countries[0] with { RedLines = [OptionSet.Empty, OptionSet.Of(1)] };
        var analysis = OutcomeAnalyzer.Analyze(scenario with { Countries = [x, scenario.Countries[1]] });
        // Without option b1, (2,2) (product .375) is the best remaining.
        Assert.Equal(Deal(2, 2), analysis.Nash!.Package);
    }

    [Fact]
    public void Malformed_agreement_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => OutcomeAnalyzer.Analyze(TwoByThree(), Deal(0)));
        Assert.Throws<ArgumentException>(() => OutcomeAnalyzer.Analyze(TwoByThree(), Deal(0, 3)));
    }
}
