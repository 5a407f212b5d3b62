using TechPact.Negotiation.Analysis;
using TechPact.Scenarios.Global;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Tests.Library;

namespace TechPact.Scenarios.Tests.Reports;

/// <summary>One analysis per scenario state, shared by result.json and report.html, and the same numbers as
/// analysing afresh.</summary>
public class AnalysisCacheTests
{
    private static readonly Scenario Seed = ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml")).Scenario!;

    /// <summary>`run --out` renders its four files side by side: the same bytes as one after another.</summary>
    [Fact]
    public async Task The_files_rendered_side_by_side_are_the_files_rendered_one_by_one()
    {
        foreach (var scenario in new[] { Seed, GlobalSummitGenerator.Generate(countries: 12) })
        {
            var summit = SummitRunner.Run(scenario);
            var report = new RunReport(summit.Scenario, summit.Transcript);
            var together = await report.FilesAsync();
            var apart = report.Files();
            Assert.Equal(apart.Keys.Order(), together.Keys.Order());
            foreach (var (name, text) in apart) Assert.Equal(text, together[name]);
        }
    }

    [Fact]
    public void Assessing_an_agreement_in_a_cached_analysis_gives_what_analysing_with_it_gives()
    {
        // The seed table (exact) and a sampled one: 16.7 M outcomes at 12 countries.
        foreach (var scenario in new[] { Seed, GlobalSummitGenerator.Generate(countries: 12) })
        {
            var summit = SummitRunner.Run(scenario);
            var direct = OutcomeAnalyzer.Analyze(summit.Scenario, summit.Agreement);
            var cached = new AnalysisCache().For(summit.Scenario, summit.Agreement);
            Assert.Equal(new AnalysisJson(summit.Scenario, direct).Write(), new AnalysisJson(summit.Scenario, cached).Write());
            Assert.Equal(direct.Agreement!.DominatedBy?.Package, cached.Agreement!.DominatedBy?.Package);
        }
    }

    [Fact]
    public void Equal_tables_share_one_analysis_and_a_changed_table_gets_its_own()
    {
        var cache = new AnalysisCache();
        var rebuilt = Seed with { Countries = [.. Seed.Countries] }; // another object, the same table
        var first = cache.For(Seed);
        Assert.Same(first, cache.For(rebuilt));
        Assert.Equal(1, cache.TimesComputed(Seed));

        var moved = Seed with { Countries = Seed.Countries.SetItem(0, Seed.Countries[0] with { Reservation = Seed.Countries[0].Reservation + 0.01 }) };
        Assert.NotEqual(AnalysisCache.Key(Seed), AnalysisCache.Key(moved));
        Assert.NotSame(first, cache.For(moved));
        Assert.NotEqual(AnalysisCache.Key(Seed), AnalysisCache.Key(Seed with { Rules = Seed.Rules with { Seed = 7 } }));
    }

    /// <summary>result.json and the debrief of report.html read one analysis: the 12-country table (sampled)
    /// is searched once for the report, the page and a second report of the same run.</summary>
    [Fact]
    public void A_run_report_and_its_debrief_page_search_the_space_once()
    {
        var scenario = GlobalSummitGenerator.Generate(countries: 12) with { Id = $"cache-test-{Guid.NewGuid():N}", Rules = new NegotiationRules(424242, 30, NegotiationRules.SingleNegotiatingText, 0.1) };
        var summit = SummitRunner.Run(scenario);
        var report = new RunReport(summit.Scenario, summit.Transcript);
        Assert.Contains("\"analysis\"", report.ResultJson());
        Assert.Contains("<html", report.ReportHtml());
        _ = new RunReport(summit.Scenario, summit.Transcript).Files();
        Assert.Equal(1, AnalysisCache.Shared.TimesComputed(summit.Scenario));
    }

    [Fact]
    public void The_sampled_analysis_reports_its_progress_up_to_done()
    {
        var seen = new List<double>();
        OutcomeAnalyzer.Analyze(GlobalSummitGenerator.Generate(countries: 12), progress: f => { lock (seen) seen.Add(f); });
        Assert.True(seen.Count > 12, $"{seen.Count} reports");
        Assert.Equal(1.0, seen[^1]);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First <= p.Second), "progress never goes back");
        Assert.All(seen, f => Assert.InRange(f, 0, 1));
    }
}
