using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Preferences;

public class UtilityTests
{
    private readonly CountryProfile _a = ScenarioBuilder.TwoParty().Build().Countries[0];

    [Fact]
    public void Priorities_are_normalised_to_weights_summing_to_one()
    {
        Assert.Equal([0.6, 0.2, 0.2], _a.Weights.Select(w => Math.Round(w, 12)));
    }

    [Fact]
    public void Values_are_divided_by_the_best_option_of_each_issue()
    {
        var profile = CountryProfile.Create("X", "X", new Dictionary<string, double>(), [1],
            [[2, 4, 8]], [OptionSet.Empty], 0, Negotiation.Negotiators.StrategySpec.Linear);
        Assert.Equal(new[] { 0.25, 0.5, 1.0 }, profile.Values[0].ToArray());
    }

    [Fact]
    public void Utility_is_the_weighted_sum_of_option_values()
    {
        // 0.6·0.6 + 0.2·0 + 0.2·1
        Assert.Equal(0.56, Utility.Of(_a, new Package([1, 2, 2])), 12);
        Assert.Equal(1.0, Utility.Of(_a, new Package([2, 0, 2])), 12);
    }

    [Fact]
    public void Open_issues_contribute_nothing()
    {
        Assert.Equal(0.6, Utility.Of(_a, new Package([2, Package.Open, Package.Open])), 12);
    }

    [Fact]
    public void Power_is_the_cubic_mean_of_strengths_over_the_issue_areas_and_only_the_strongest_have_exponent_one()
    {
        var scenario = new ScenarioBuilder()
            .Issue("x", ["a", "b"], "o1", "o2")
            .Country("P", 0, [1], [[0, 1]], new() { ["a"] = 0.9, ["b"] = 0.5 })
            .Country("Q", 0, [1], [[1, 0]], new() { ["a"] = 0.1 })
            .Build();
        var leverage = Leverage.Compute(scenario.Issues, scenario.Countries);

        // Closer to the best area than the plain mean 0.7: a lead in one area is leverage.
        Assert.Equal(Math.Cbrt((0.729 + 0.125) / 2), leverage.Power[0][0], 12);
        Assert.Equal(Math.Cbrt(0.001 / 2), leverage.Power[1][0], 12);
        Assert.Equal(0.0, leverage.Relative[0][0] + leverage.Relative[1][0], 12);
        Assert.Equal(1.0, leverage.Exponents[0]);
        Assert.Equal(leverage.Power[1][0] / leverage.Power[0][0], leverage.Exponents[1], 12);
    }
}
