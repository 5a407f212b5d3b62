using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;

namespace TechPact.Scenarios.Tests.Reports;

/// <summary>The debrief is rendered by the template engine, which encodes every value for where it goes:
/// a country named like markup shows as text in the tables, the charts' titles and their labels.</summary>
public sealed class DebriefHtmlTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'co'";

    [Fact]
    public void Names_and_titles_are_encoded_wherever_the_page_shows_them()
    {
        var minimal = ScenarioLoader.LoadText(MinimalScenario.Text, "m.yaml").Scenario!;
        var issue = minimal.Issues[0];
        var scenario = minimal with
        {
            Title = Hostile,
            Issues = [issue with { Title = Hostile, Options = issue.Options.SetItem(0, issue.Options[0] with { Label = Hostile }) }],
            Countries = minimal.Countries.SetItem(0, minimal.Countries[0] with { Name = Hostile }),
        };
        var run = SummitRunner.Run(scenario);

        var html = new RunReport(run.Scenario, run.Transcript).ReportHtml();

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(Hostile, html);
        const string encoded = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;co&#x27;";
        Assert.Contains($"<title>Debrief — {encoded}</title>", html);
        Assert.Contains($"aria-label=\"Pareto frontier: {encoded} against Beta\"", html);
        Assert.Contains($"<polyline fill=\"none\" stroke=\"#1f5fa8\"", html);
        Assert.Contains($"<title>{encoded}</title></polyline>", html);
        Assert.Contains($"<b>{encoded}</b>", html);
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("@media print", html);
        Assert.Contains("font: 15px/1.5 system-ui, -apple-system, \"Segoe UI\"", html);
    }
}
