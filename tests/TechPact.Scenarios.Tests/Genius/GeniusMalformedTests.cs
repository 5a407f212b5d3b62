using TechPact.Scenarios.Genius;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests.Genius;

/// <summary>Broken input gives diagnostics with file and line, never an exception.</summary>
public class GeniusMalformedTests
{
    private const string Domain = """
        <negotiation_template><utility_space><objective index="0" name="root">
        <issue index="1" name="Price" type="discrete"><item index="1" value="low"/><item index="2" value="high"/></issue>
        <issue index="2" name="Colour" type="discrete"><item index="1" value="red"/><item index="2" value="blue"/></issue>
        </objective></utility_space></negotiation_template>
        """;

    private static string Profile(string priceItems = """<item index="1" value="low" evaluation="1"/><item index="2" value="high" evaluation="2"/>""",
        string colourIssue = """<issue index="2" name="Colour"><item index="1" value="red" evaluation="1"/><item index="2" value="blue" evaluation="3"/></issue>""",
        string weights = """<weight index="1" value="0.6"/><weight index="2" value="0.4"/>""", string tail = "") => $"""
        <utility_space>
        <objective index="0" name="p">
        <issue index="1" name="Price">{priceItems}</issue>
        {colourIssue}
        {weights}
        </objective>
        {tail}
        </utility_space>
        """;

    private static ScenarioLoadResult Import(string profile, GeniusImportOptions? options = null, string domain = Domain) =>
        GeniusImporter.Import(new GeniusSource("domain.xml", domain),
            [new GeniusSource("good.xml", Profile()), new GeniusSource("bad.xml", profile)], options);

    private static Diagnostic SingleError(ScenarioLoadResult result)
    {
        Assert.Null(result.Scenario);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Well_formed_profiles_import()
    {
        var result = Import(Profile());
        Assert.False(result.HasErrors);
        Assert.Equal(2, result.Scenario!.Countries.Length);
    }

    [Fact]
    public void Text_that_is_not_XML_is_reported_at_its_line()
    {
        var error = SingleError(Import("<utility_space>\n<objective>\n</utility_space>"));
        Assert.Equal(("bad.xml", 3), (error.File, error.Line));
        Assert.Contains("not well-formed XML", error.Message);
    }

    [Fact]
    public void Wrong_root_element_is_named()
    {
        var error = SingleError(Import("<scenario/>"));
        Assert.Contains("expected a GENIUS preference profile", error.Message);
        Assert.Contains("<scenario>", error.Message);
    }

    [Fact]
    public void Item_without_evaluation_is_reported_at_the_item()
    {
        var error = SingleError(Import(Profile(priceItems: "<item index=\"1\" value=\"low\" evaluation=\"1\"/>\n<item index=\"2\" value=\"high\"/>")));
        Assert.Equal(4, error.Line);
        Assert.Contains("item 'high' of issue 'Price' has no evaluation", error.Message);
    }

    [Fact]
    public void Weight_that_is_not_a_number_is_reported()
    {
        var error = SingleError(Import(Profile(weights: "<weight index=\"1\" value=\"heavy\"/><weight index=\"2\" value=\"0.4\"/>")));
        Assert.Equal(5, error.Line);
        Assert.Contains("must be a number, not 'heavy'", error.Message);
    }

    [Fact]
    public void Profile_for_another_domain_is_recognised()
    {
        var result = Import(Profile(colourIssue: """<issue index="2" name="Size"><item index="1" value="S" evaluation="1"/></issue>"""));
        Assert.Null(result.Scenario);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("issue 'Size' is not in the domain domain.xml") && d.Line == 4);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no issue 'Colour'"));
    }

    [Fact]
    public void Missing_issue_is_named()
    {
        var error = SingleError(Import(Profile(colourIssue: "", weights: "<weight index=\"1\" value=\"1\"/>")));
        Assert.Contains("the profile has no issue 'Colour' of the domain domain.xml", error.Message);
    }

    [Fact]
    public void A_discount_factor_becomes_the_countrys_discount_unless_the_import_drops_it()
    {
        var discounted = Profile(tail: "<discount_factor value=\"0.5\"/>");
        var kept = Import(discounted);
        Assert.False(kept.HasErrors, string.Join("\n", kept.Diagnostics));
        Assert.Equal(0.5, kept.Scenario!.Countries.Single(c => c.Id == "bad").Discount);

        var dropped = Import(discounted, new GeniusImportOptions(IgnoreDiscount: true));
        Assert.Equal(1.0, dropped.Scenario!.Countries.Single(c => c.Id == "bad").Discount);
        Assert.Contains(dropped.Diagnostics, d => d.Severity == Severity.Warning && d.Line == 7 && d.Message.Contains("discount factor 0.5 dropped"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void A_discount_factor_outside_zero_to_one_is_an_error_at_its_line(string value)
    {
        var error = SingleError(Import(Profile(tail: $"<discount_factor value=\"{value}\"/>")));
        Assert.Equal(("bad.xml", 7), (error.File, error.Line));
        Assert.Contains($"discount factor {value} is outside (0, 1]", error.Message);
        Assert.DoesNotContain("ignore", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Non_discrete_issues_are_rejected_clearly()
    {
        var domain = Domain.Replace("""name="Colour" type="discrete">""", """name="Colour" type="integer" lowerbound="1" upperbound="5">""");
        var result = Import(Profile(), domain: domain);
        Assert.Contains(result.Diagnostics, d => d.File == "domain.xml" && d.Line == 3 &&
            d.Message.Contains("issue 'Colour' is of type 'integer': only discrete issues can be imported"));
    }

    [Fact]
    public void Missing_files_and_folders_are_diagnostics_too()
    {
        Assert.Equal("folder not found", SingleError(GeniusImporter.ImportFolder("/no/such/folder")).Message);
        Assert.Equal("file not found", SingleError(GeniusImporter.Import("/no/domain.xml", [])).Message);
    }
}
