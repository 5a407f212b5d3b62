using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;

namespace TechPact.Scenarios.Tests.Library;

/// <summary>scenarios/us-japan-korea.yaml models the seed brief and, under its default seed,
/// reaches a plausible pact through tracks, a club, a logroll and the gallium inject.</summary>
public class SeedScenarioTests
{
    private static readonly ScenarioLoadResult Loaded =
        ScenarioLoader.LoadFile(System.IO.Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml"));

    private static Scenario Seed => Loaded.Scenario!;

    [Fact]
    public void Loads_without_errors_or_warnings()
    {
        Assert.Empty(Loaded.Diagnostics);
        Assert.Equal(["US", "JP", "KR"], Seed.Countries.Select(c => c.Id));
        foreach (var issue in new[] { "data-flows", "ai-exports", "sensitive-tech", "research-sharing", "chip-supply", "quantum-standards" })
            Assert.Contains(Seed.Issues, i => i.Id == issue);
    }

    [Fact]
    public void Strengths_follow_the_brief()
    {
        double Strength(string country, string area) => Seed.Countries[Seed.CountryIndex(country)].Strength(area);
        Assert.True(Strength("KR", "memory-chips") > Strength("US", "memory-chips"));
        Assert.True(Strength("JP", "robotics") > Strength("US", "robotics"));
        Assert.True(Strength("JP", "materials-science") > Strength("KR", "materials-science"));
        Assert.True(Strength("US", "ai-models") > Strength("JP", "ai-models"));
    }

    [Fact]
    public void The_default_seed_agrees_on_the_calibrated_pact()
    {
        var summit = SummitRunner.Run(Seed);

        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.Equal(8, summit.Round);
        string Standard(string issue) => Seed.Issues.Single(i => i.Id == issue).Options[summit.Agreement[Seed.Issues.IndexOf(Seed.Issues.Single(i => i.Id == issue))]].Id;
        Assert.Equal("trusted-flow", Standard("data-flows"));
        Assert.Equal("allied-zone", Standard("ai-exports"));
        Assert.Equal("aligned-lists", Standard("sensitive-tech"));
        Assert.Equal("friend-shoring", Standard("chip-supply"));
        Assert.Equal("joint-body", Standard("quantum-standards"));
        Assert.All(summit.UtilitiesOf(summit.Agreement).Zip(summit.Scenario.Countries), p => Assert.True(p.First > p.Second.Reservation));
    }

    [Fact]
    public void The_run_uses_its_tracks_a_club_a_logroll_and_the_inject()
    {
        var transcript = SummitRunner.Run(Seed).Transcript;

        Assert.Contains(transcript, e => e is TrackAgreed { Track: "us-japan" });
        Assert.Contains(transcript, e => e is TrackAgreed { Track: "us-korea" });
        Assert.Contains(transcript, e => e is ClubFormed);
        Assert.Contains(transcript, e => e is EventFired { Round: 3, Event.Id: "gallium-germanium" });
        var trade = Assert.Single(transcript.OfType<TradeAgreed>());
        Assert.Equal(("US", "market-access", "KR", "chip-supply"), (trade.First.Giver, trade.First.Issue, trade.First.Receiver, trade.First.ForIssue));
    }

    [Fact]
    public void The_inject_changes_the_course_of_the_run()
    {
        var with = SummitRunner.Run(Seed);
        var without = SummitRunner.Run(Seed with { Events = [] });
        string Lines(Summit s) => TranscriptJsonl.Write(s.Scenario, s.Transcript.Where(e => e is not EventFired));

        Assert.NotEqual(Lines(without), Lines(with));
        var afterInject = with.Transcript.OfType<CountryAnswered>().Where(a => a.Round == 3).Select(a => a.Move.DraftUtility);
        var noInject = without.Transcript.OfType<CountryAnswered>().Where(a => a.Round == 3).Select(a => a.Move.DraftUtility);
        Assert.NotEqual(noInject, afterInject);
    }

    [Fact]
    public void The_result_holds_the_analysis_and_the_ledger()
    {
        var summit = SummitRunner.Run(Seed);
        var json = new RunReport(summit.Scenario, summit.Transcript).ResultJson();
        using var result = System.Text.Json.JsonDocument.Parse(json);

        Assert.Equal("agreement", result.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, result.RootElement.GetProperty("ledger").GetArrayLength());
        var analysis = result.RootElement.GetProperty("analysis");
        Assert.True(analysis.GetProperty("paretoOptimal").GetBoolean());
        Assert.True(analysis.GetProperty("distanceToNash").GetDouble() >= 0);
        Assert.Equal("65536", analysis.GetProperty("outcomeCount").GetString());
    }
}
