using TechPact.Scenarios.Limits;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests.Limits;

/// <summary>Ids keep to an alphabet that is safe as a URL segment, a cookie name and a token in
/// HTML or JavaScript; free text holds no control, bidirectional or invisible characters. Before,
/// an id "A');alert(1);//" or "A B" validated, "A" and "A"+ZWSP were two countries, and a title
/// "\e[2J" cleared the terminal it was printed on.</summary>
public class TextRulesTests
{
    [Theory]
    [InlineData("US")]
    [InlineData("data-flows")]
    [InlineData("Laptop_util1")]
    [InlineData("v1.2")]
    [InlineData("creation-of-committee-to-discuss-creation-of-ne")]
    public void Ids_from_the_shipped_scenarios_and_GENIUS_are_valid(string id) => Assert.Null(TextRules.IdProblem(id));

    [Theory]
    [InlineData("A');alert(1);//")]
    [InlineData("A B")]
    [InlineData("A;B")]
    [InlineData("A\u200B")]
    [InlineData("\u202EA")]
    [InlineData("Ａ")] // full-width A: looks like A, is not
    [InlineData("-A")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Ids_outside_the_alphabet_are_refused(string id) => Assert.NotNull(TextRules.IdProblem(id));

    [Fact]
    public void Ids_are_at_most_64_characters() =>
        Assert.Equal((true, false), (TextRules.IdProblem(new string('a', 64)) is null, TextRules.IdProblem(new string('a', 65)) is null));

    [Theory]
    [InlineData("\u001B[2J", "control character U+001B")]
    [InlineData("a\u009Bb", "control character U+009B")] // 8-bit CSI
    [InlineData("safe\u202Eevil", "bidirectional control U+202E")]
    [InlineData("A\u2066B", "bidirectional control U+2066")]
    [InlineData("zero\u200Bwidth", "invisible character U+200B")]
    [InlineData("two\nlines", "line break")]
    public void Names_with_hidden_characters_are_refused(string text, string expected) =>
        Assert.Contains(expected, TextRules.NameProblem(text));

    [Theory]
    [InlineData("Ünïcödé – dashes and emoji 🤝")]
    [InlineData("עברית ועربي")] // right-to-left letters are text, not controls
    [InlineData("ZWJ emoji 👩\u200D💻 and Persian ZWNJ می\u200Cخواهم")]
    public void Names_in_any_script_are_allowed(string text) => Assert.Null(TextRules.NameProblem(text));

    [Fact]
    public void Long_text_may_span_lines_but_not_hold_escapes()
    {
        Assert.Null(TextRules.TextProblem("line one\nline two\n\ttabbed"));
        Assert.NotNull(TextRules.TextProblem("line one\r\u001B[1Aoverwritten"));
        Assert.NotNull(TextRules.TextProblem(new string('x', InputLimits.MaxTextLength + 1)));
    }

    [Fact]
    public void Visible_writes_every_refused_character_out()
    {
        Assert.Equal("\\u001B[2J title \\u202E", TextRules.Visible("\u001B[2J title \u202E"));
        Assert.Equal("plain 🤝", TextRules.Visible("plain 🤝"));
    }

    private static ScenarioLoadResult WithCountry(string id, string name = "Alpha") =>
        ScenarioLoader.LoadText(MinimalScenario.Text.Replace("- id: A\n    name: Alpha", $"- id: \"{id}\"\n    name: \"{name}\""), "s.yaml");

    [Theory]
    [InlineData("A');alert(1);//")]
    [InlineData("A B")]
    [InlineData("A\\u200B")]
    public void A_scenario_refuses_such_a_country_id_at_its_line_and_column(string id)
    {
        var result = WithCountry(id);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Null(result.Scenario);
        Assert.Equal((10, 9), (error.Line, error.Column));
        Assert.StartsWith("id of country #1 ", error.Message);
    }

    [Fact]
    public void A_scenario_title_with_an_escape_sequence_is_refused_and_the_message_is_terminal_safe()
    {
        var result = ScenarioLoader.LoadText(MinimalScenario.Text.Replace("title: Minimal", "title: \"\\e[2J\\e[H pwned\""), "s.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("s.yaml:2:8: error: title holds control character U+001B at character 1; text may not hold control characters " +
                     "(an escape sequence would act on the terminal it is printed on)", error.ToString());
        Assert.DoesNotContain('\u001B', error.ToString());
    }

    [Fact]
    public void An_unknown_key_holding_an_escape_is_quoted_with_the_escape_written_out()
    {
        var result = ScenarioLoader.LoadText(MinimalScenario.Text + "\n\"\\e]0;owned\\a\": 1\n", "s.yaml");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("'\\u001B]0;owned\\u0007'", error.ToString());
    }

    [Fact]
    public void Two_countries_that_differ_only_by_an_invisible_character_cannot_both_be_seated()
    {
        var text = MinimalScenario.Text.Replace("- id: B\n", "- id: \"A\\u200B\"\n");
        Assert.Contains(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics, d => d.Message.Contains("U+200B"));
    }
}
