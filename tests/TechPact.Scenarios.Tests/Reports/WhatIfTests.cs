using System.Text.Json;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Reports.Debrief;
using TechPact.Scenarios.Tests.Library;

namespace TechPact.Scenarios.Tests.Reports;

/// <summary>The debrief's counterfactuals on the seed scenario, and discounted utilities in the reports.</summary>
public class WhatIfTests
{
    private static readonly Scenario Seed = ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml")).Scenario!;
    private static readonly Summit Run = SummitRunner.Run(Seed);

    [Fact]
    public void The_run_without_logrolling_is_the_same_scenario_and_seed_with_no_trades()
    {
        var without = new WhatIf(Run.Transcript).WithoutLogrolling()!;
        var direct = SummitRunner.Run(Seed with { Logrolling = false });
        Assert.Equal(direct.Agreement, without.Agreement);
        Assert.Empty(without.Transcript.OfType<TradeAgreed>());
        Assert.NotEmpty(Run.Transcript.OfType<TradeAgreed>());

        var html = new RunReport(Run.Scenario, Run.Transcript).ReportHtml();
        Assert.Contains("The same run without logrolling", html);
        foreach (var c in Seed.Countries.Select((_, c) => c))
            Assert.Contains(Utility.Of(direct.Scenario.Countries[c], direct.Agreement).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), html);
    }

    [Fact]
    public void The_debrief_answers_whether_Koreas_strength_bought_it_anything()
    {
        var korea = new WhatIf(Run.Transcript).Strengths().Single(e => e.Country == "KR");
        var capped = SummitRunner.Run(WhatIf.LeadsCapped(Seed, 2));
        Assert.Equal(Utility.Of(capped.Scenario.Countries[2], capped.Agreement), korea.WithoutLeads, 12);
        Assert.True(korea.MeanBought > 0, $"Korea's leads bought it {korea.MeanBought} on average");
        var html = new RunReport(Run.Scenario, Run.Transcript).ReportHtml();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(WhatIfSection.Answer(korea)), html);
        Assert.StartsWith("South Korea: did its strength buy it anything? On average over seeds 1–8 its leads bought it 0.0", WhatIfSection.Answer(korea));
    }

    [Fact]
    public void A_table_with_students_says_why_it_has_no_counterfactuals()
    {
        var seated = Run.Transcript.Take(1).Append(new TechPact.Negotiation.Seats.SeatTaken(0, "KR", TechPact.Negotiation.Seats.SeatKind.Person, "student"))
            .Concat(Run.Transcript.Skip(1)).ToList();
        var whatIf = new WhatIf(seated);
        Assert.Null(whatIf.WithoutLogrolling());
        Assert.Empty(whatIf.Strengths());
        Assert.Contains("people or agents played", whatIf.WhyNot);
    }

    [Fact]
    public void Discounted_utilities_are_reported_only_when_some_country_discounts()
    {
        Assert.DoesNotContain("discountedUtilities", new RunReport(Run.Scenario, Run.Transcript).ResultJson());

        var discounting = Seed with { Countries = Seed.Countries.SetItem(0, Seed.Countries[0] with { Discount = 0.5 }) };
        var run = SummitRunner.Run(discounting);
        var report = new RunReport(run.Scenario, run.Transcript);
        using var json = JsonDocument.Parse(report.ResultJson());
        var discounted = json.RootElement.GetProperty("discountedUtilities");
        var us = Utility.Of(run.Scenario.Countries[0], run.Agreement);
        Assert.Equal(us * Math.Pow(0.5, run.Round / (double)run.Rules.MaxRounds), discounted.GetProperty("US").GetDouble(), 12);
        Assert.Equal(json.RootElement.GetProperty("utilities").GetProperty("JP").GetDouble(), discounted.GetProperty("JP").GetDouble());
        Assert.Contains("| Discounted |", report.PactMarkdown());
    }
}
