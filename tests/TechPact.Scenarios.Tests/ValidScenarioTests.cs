using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests;

public class ValidScenarioTests
{
    private static Scenario LoadFixture()
    {
        var result = ScenarioLoader.LoadFile(TestFiles.ValidScenarioPath);
        Assert.Empty(result.Diagnostics);
        return result.Scenario!;
    }

    [Fact]
    public void Reads_the_header_and_rules()
    {
        var scenario = LoadFixture();
        Assert.Equal("us-japan-korea", scenario.Id);
        Assert.Equal("US–Japan–Korea technology pact (2025)", scenario.Title);
        Assert.Equal(new NegotiationRules(2025, 20, NegotiationRules.SingleNegotiatingText, 0.1), scenario.Rules);
    }

    [Fact]
    public void Reads_issues_and_options_in_file_order()
    {
        var scenario = LoadFixture();
        Assert.Equal(["data-flows", "ai-exports", "chip-stockpile"], scenario.Issues.Select(i => i.Id));
        var dataFlows = scenario.Issues[0];
        Assert.Equal(["cloud", "ai-models"], dataFlows.Areas.ToArray());
        Assert.Equal(["localisation", "safeguards", "free-flow"], dataFlows.Options.Select(o => o.Id));
        Assert.Equal("Each party may require personal data to be stored within its territory.", dataFlows.Options[0].Standard);
        Assert.Equal("No party may restrict cross-border transfers: none at all.", dataFlows.Options[2].Standard);
    }

    [Fact]
    public void Normalises_weights_and_values_the_way_the_engine_does()
    {
        var us = LoadFixture().Countries[0];
        Assert.Equal("United States", us.Name);
        Assert.Equal([0.3, 0.5, 0.2], us.Weights.ToArray());
        Assert.Equal([0.0, 0.7, 1.0], us.Values[0].ToArray());
        Assert.Equal([1.0, 0.5, 0.25], us.Values[2].ToArray());
        Assert.Equal(0.95, us.Strength("ai-models"));
        Assert.Equal(0.0, us.Strength("quantum"));
        Assert.Equal(0.35, us.Reservation);
    }

    [Fact]
    public void Reads_red_lines_as_option_sets_per_issue()
    {
        var scenario = LoadFixture();
        Assert.Equal([OptionSet.Of(0), OptionSet.Empty, OptionSet.Empty], scenario.Countries[0].RedLines.ToArray());
        Assert.Equal([OptionSet.Empty, OptionSet.Empty, OptionSet.Of(0)], scenario.Countries[2].RedLines.ToArray());
        Assert.Equal([OptionSet.Empty, OptionSet.Empty, OptionSet.Empty], scenario.Countries[1].RedLines.ToArray());
    }

    [Fact]
    public void Reads_strategies_by_name_and_with_an_exponent_override()
    {
        var scenario = LoadFixture();
        Assert.Equal(StrategySpec.Boulware, scenario.Countries[0].Strategy);
        Assert.Equal(new StrategySpec("conceder", 2), scenario.Countries[1].Strategy);
        Assert.Equal(StrategySpec.Linear, scenario.Countries[2].Strategy);
    }

    [Fact]
    public void Applies_documented_defaults_when_rules_are_left_out()
    {
        var result = ScenarioLoader.LoadText(MinimalScenario.Text, "minimal.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new NegotiationRules(1, 12, NegotiationRules.SingleNegotiatingText, 0.05), result.Scenario!.Rules);
        Assert.Equal(StrategySpec.Boulware, result.Scenario.Countries[0].Strategy);
    }

    [Fact]
    public void Missing_file_is_a_diagnostic_not_an_exception()
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "no-such-scenario.yaml"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Scenario);
        Assert.Equal("file not found", diagnostic.Message);
        Assert.True(diagnostic.IsWholeFile);
    }
}
