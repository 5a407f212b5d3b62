using TechPact.Negotiation.Negotiators;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Tests;

/// <summary>The scenario format's <c>discount</c> and a strategy's BOA parts: read, checked and written back.</summary>
public class StrategyPartsAndDiscountTests
{
    /// <summary>The minimal scenario with <paramref name="lines"/> added to country A's block (they become lines 15 and on).</summary>
    private static string With(params string[] lines) => MinimalScenario.Text.Replace("    reservation: 0.2\n  - id: B",
        "    reservation: 0.2\n" + string.Concat(lines.Select(l => l + "\n")) + "  - id: B");

    [Fact]
    public void A_discount_and_every_strategy_part_load_and_write_back_as_written()
    {
        var text = With("    discount: 0.8",
            "    strategy: { name: linear, exponent: 1, acceptance: { name: ac-combi, time: 0.75 }, opponent-model: none }");
        var loaded = ScenarioLoader.LoadText(text, "parts.yaml");
        Assert.Empty(loaded.Diagnostics);
        var alpha = loaded.Scenario!.Countries[0];
        Assert.Equal(0.8, alpha.Discount);
        Assert.Equal(new AcceptanceSpec("ac-combi", 0.75), alpha.Strategy.Acceptance);
        Assert.Equal("none", alpha.Strategy.OpponentModel);
        Assert.Equal(1.0, loaded.Scenario.Countries[1].Discount);
        Assert.Equal(AcceptanceSpec.Next, loaded.Scenario.Countries[1].Strategy.Acceptance);

        var written = ScenarioYamlWriter.Write(loaded.Scenario);
        var again = ScenarioLoader.LoadText(written, "again.yaml");
        Assert.Empty(again.Diagnostics);
        Assert.Equal(alpha.Strategy, again.Scenario!.Countries[0].Strategy);
        Assert.Equal(0.8, again.Scenario.Countries[0].Discount);
        Assert.Equal(written, ScenarioYamlWriter.Write(again.Scenario));
    }

    [Theory]
    [InlineData("    discount: 0", "a number greater than 0 and at most 1")]
    [InlineData("    discount: 1.2", "a number greater than 0 and at most 1")]
    [InlineData("    strategy: { name: linear, acceptance: ac-nxt }", "unknown acceptance strategy 'ac-nxt'; did you mean 'ac-next'?")]
    [InlineData("    strategy: { name: linear, acceptance: { name: ac-time, time: 2 } }", "a number between 0 and 1")]
    [InlineData("    strategy: { name: linear, opponent-model: frequncy }", "unknown opponent model 'frequncy'; did you mean 'frequency'?")]
    public void Bad_parts_are_errors_at_their_line(string line, string message)
    {
        var loaded = ScenarioLoader.LoadText(With(line), "bad.yaml");
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(15, error.Line);
        Assert.Contains(message, error.Message);
    }
}

/// <summary>Linkage needs a mediator to broker it: asking for it under a protocol without one is a warning.</summary>
public class LogrollingWithoutMediatorTests
{
    [Theory]
    [InlineData("zeuthen", true)]
    [InlineData("alternating-offers", true)]
    [InlineData("single-negotiating-text", false)]
    [InlineData("partial-consensus", false)]
    public void Logrolling_under_a_protocol_without_a_mediator_is_a_warning(string protocol, bool warned)
    {
        var text = $"protocol: {protocol}\nlogrolling: true\n" + MinimalScenario.Text;
        var loaded = ScenarioLoader.LoadText(text, "linkage.yaml");
        Assert.NotNull(loaded.Scenario);
        var warning = loaded.Diagnostics.Where(d => d.Severity == Severity.Warning && d.Message.Contains("brokered by a mediator")).ToList();
        Assert.Equal(warned ? 1 : 0, warning.Count);
        if (warned) Assert.Equal((2, 13), (warning[0].Line, warning[0].Column)); // at the value "true"
    }
}
