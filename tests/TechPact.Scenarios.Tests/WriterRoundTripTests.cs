using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Tests;

public class WriterRoundTripTests
{
    private static Scenario Load(string yaml, string name = "written.yaml")
    {
        var result = ScenarioLoader.LoadText(yaml, name);
        Assert.Empty(result.Diagnostics);
        return result.Scenario!;
    }

    private static Scenario Fixture() => ScenarioLoader.LoadFile(TestFiles.ValidScenarioPath).Scenario!;

    [Fact]
    public void The_fixture_survives_a_write_and_a_load()
    {
        var original = Fixture();
        ScenarioEquivalence.AssertEquivalent(original, Load(ScenarioYamlWriter.Write(original)));
    }

    [Fact]
    public void Output_is_deterministic_and_stable_across_round_trips()
    {
        var once = ScenarioYamlWriter.Write(Fixture());
        Assert.Equal(once, ScenarioYamlWriter.Write(Fixture()));
        Assert.Equal(once, ScenarioYamlWriter.Write(Load(once)));
    }

    [Fact]
    public void Header_comment_is_written_as_comment_lines()
    {
        var yaml = ScenarioYamlWriter.Write(Fixture(), "Generated for a test.\n\nSecond paragraph.");
        Assert.StartsWith("# Generated for a test.\n#\n# Second paragraph.\nid: us-japan-korea\n", yaml);
        Load(yaml);
    }

    [Theory]
    [InlineData("Tariffs: the hard part")]
    [InlineData("Say \"no\" # twice")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("2025")]
    [InlineData("- not a list")]
    [InlineData("back\\slash and 'single' quotes")]
    [InlineData("[brackets], {braces} & *stars*")]
    [InlineData("Ünïcödé – dashes and emoji 🤝")]
    public void Awkward_text_round_trips_exactly(string text)
    {
        var original = Load(MinimalScenario.Text);
        var issue = original.Issues[0];
        var options = issue.Options.SetItem(0, issue.Options[0] with { Label = text, Standard = text });
        var changed = original with
        {
            Title = text,
            Issues = [issue with { Title = text, Options = options }],
            Countries = [original.Countries[0] with { Name = text }, original.Countries[1]],
        };

        ScenarioEquivalence.AssertEquivalent(changed, Load(ScenarioYamlWriter.Write(changed)));
    }

    /// <summary>Titles, labels and names are one line (the loader refuses a line break in them);
    /// descriptions and standards may run over several, tabs included.</summary>
    [Fact]
    public void Multi_line_standards_and_descriptions_round_trip_exactly()
    {
        const string text = "line one\nline two\n\ttabbed";
        var original = Load(MinimalScenario.Text);
        var issue = original.Issues[0];
        var changed = original with
        {
            Description = text,
            Issues = [issue with { Options = issue.Options.SetItem(0, issue.Options[0] with { Standard = text }) }],
        };

        ScenarioEquivalence.AssertEquivalent(changed, Load(ScenarioYamlWriter.Write(changed)));
    }

    [Fact]
    public void Strategies_keep_their_exponents_and_red_lines_their_options()
    {
        var original = Load(MinimalScenario.Text);
        var changed = original with
        {
            Rules = new NegotiationRules(-42, 1000, NegotiationRules.SingleNegotiatingText, 0),
            Countries =
            [
                original.Countries[0] with { Strategy = new StrategySpec("boulware", 0.123456789), RedLines = [OptionSet.Of(1)] },
                original.Countries[1] with { Strategy = StrategySpec.Conceder, Reservation = 1e-7 },
            ],
        };

        var yaml = ScenarioYamlWriter.Write(changed);

        Assert.Contains("strategy: { name: boulware, exponent: 0.123456789 }", yaml);
        Assert.Contains("strategy: conceder", yaml);
        Assert.Contains("red-lines: { tariffs: [low] }", yaml);
        ScenarioEquivalence.AssertEquivalent(changed, Load(yaml));
    }
}
