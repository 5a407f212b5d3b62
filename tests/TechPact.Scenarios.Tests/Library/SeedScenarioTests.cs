using System.Collections.Immutable;
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
        Assert.Equal(["free-flow", "allied-zone", "aligned-lists", "consortium", "coordinated-investment", "joint-body",
            "common-spec-trusted-vendors", "national-treatment"], Standards(summit));
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
        Assert.Equal(("US", "market-access", "national-treatment", "KR", "ai-exports"),
            (trade.First.Giver, trade.First.Issue, trade.First.Option, trade.First.Receiver, trade.First.ForIssue));
        // Both traders gain on the next text; Japan, outside the trade, carries a cost, and the transcript says so.
        Assert.True(trade.Effects[0] > 0 && trade.Effects[2] > 0 && trade.Effects[1] < 0);
    }

    /// <summary>Under multilateral monotonic concession the seed agrees by its 12-round deadline (before, the
    /// US and Japan stood on one proposal with risk 0 and Korea never conceded: partial, 6G only).</summary>
    [Fact]
    public void Under_monotonic_concession_the_seed_agrees_by_its_deadline()
    {
        var summit = SummitRunner.Run(Seed, Seed.Rules with { Protocol = "zeuthen" });
        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.True(summit.Round <= Seed.Rules.MaxRounds);
        Assert.All(summit.UtilitiesOf(summit.Agreement).Zip(summit.Scenario.Countries), p => Assert.True(p.First >= p.Second.Reservation));
    }

    [Fact]
    public void Seeds_give_a_distribution_of_pacts_that_agree_on_chips_and_6g()
    {
        var pacts = Enumerable.Range(1, 20).Select(k => SummitRunner.Run(Seed, Seed.RulesWith(seed: k))).ToList();
        Assert.All(pacts, p => Assert.Equal(SummitStatus.Agreement, p.Status));
        Assert.True(pacts.Select(p => string.Join(",", Standards(p))).Distinct().Count() >= 2, "one pact whatever the seed");
        Assert.All(pacts, p => Assert.Equal(("coordinated-investment", "common-spec-trusted-vendors"), (Standards(p)[4], Standards(p)[6])));
    }

    /// <summary>What a reader of the news expects: Korea stronger does better, weaker worse; its leads
    /// (capped at the table's average) are worth something to it; swapping strengths with the US moves the
    /// gain with them. Means over 8 seeds, because one run can land on the same pact either way.</summary>
    [Fact]
    public void Koreas_and_Japans_strengths_move_the_pact_their_way()
    {
        var shipped = Mean(Seed);
        Assert.True(Mean(Shifted("KR", +0.2))[2] > shipped[2]);
        Assert.True(Mean(Shifted("KR", -0.2))[2] < shipped[2]);
        Assert.True(Mean(Shifted("JP", +0.2))[1] > shipped[1]);
        Assert.True(Mean(Shifted("JP", -0.2))[1] < shipped[1]);
        Assert.True(Mean(TechPact.Scenarios.Reports.Debrief.WhatIf.LeadsCapped(Seed, 2))[2] < shipped[2], "Korea's leads bought it nothing");
        var swapped = Mean(Seed with { Countries = [Seed.Countries[0] with { Strengths = Seed.Countries[2].Strengths }, Seed.Countries[1],
            Seed.Countries[2] with { Strengths = Seed.Countries[0].Strengths }] });
        Assert.True(swapped[0] < shipped[0] && swapped[2] > shipped[2], "with the US's strengths Korea gains and the US loses");
    }

    private static double[] Mean(Scenario scenario) =>
        [.. Enumerable.Range(0, 3).Select(c => Enumerable.Range(1, 8)
            .Select(k => SummitRunner.Run(scenario, scenario.RulesWith(seed: k)))
            .Average(run => Negotiation.Preferences.Utility.Of(run.Scenario.Countries[c], run.Agreement)))];

    private static Scenario Shifted(string country, double by) => Seed with
    {
        Countries = [.. Seed.Countries.Select(c => c.Id != country ? c
            : c with { Strengths = c.Strengths.ToImmutableSortedDictionary(kv => kv.Key, kv => Math.Clamp(kv.Value + by, 0, 1), StringComparer.Ordinal) })],
    };

    private static string[] Standards(Summit summit) =>
        [.. summit.Scenario.Issues.Select((issue, i) => summit.Agreement[i] == Package.Open ? "-" : issue.Options[summit.Agreement[i]].Id)];

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
