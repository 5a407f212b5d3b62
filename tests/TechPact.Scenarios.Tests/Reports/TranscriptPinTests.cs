using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TechPact.Scenarios.Global;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Negotiation.Experiments.Tournaments;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Tests.Library;

namespace TechPact.Scenarios.Tests.Reports;

/// <summary>Pins the transcript.jsonl (and result.json) the engine writes, byte for byte, by SHA-256: any
/// change to the engine that moves a single bit of a run — a reordered sum, a different tie-break — fails
/// here and names the run. Performance work must leave every one of these unchanged; a deliberate change
/// of behaviour updates them and says why in its commit.</summary>
public class TranscriptPinTests
{
    private static readonly Scenario Seed = ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml")).Scenario!;

    public static TheoryData<string, long, string> SeedRuns => new()
    {
        { NegotiationRules.SingleNegotiatingText, 2025, "a114a75ff020b28383a9dfd3bbcfe6363c156abcbaadc524e9117a7bcfc9b787" },
        { NegotiationRules.SingleNegotiatingText, 1, "25c4f566d7a332a56ec40de1e63e132239aeef2a530efc9482de0e13c069b546" },
        { NegotiationRules.SingleNegotiatingText, 77, "010f2c1636ad9ccdeba8f8f8d3e16282becc449591f0dcf0eb3fdb1acd3a0787" },
        { "partial-consensus", 2025, "a22a267c9a3be3b6901be6ea40af60e24e9e854e0833187e065001863c051a24" },
        { "partial-consensus", 9, "76248e36efc1f5d203756cac9ff902285c0d42c784d888e65497a5e69d56abc2" },
        { "alternating-offers", 2025, "f728b3183ac6c6ce0a1d471cd8c9912c91f0f10a596c3e1c5eeafa9b68258a2c" },
        { "alternating-offers", 4, "36738b8f6b1c379e2639d24e9fa37d5e66cad40a966737a0cb6dc07145be77f1" },
        { "zeuthen", 2025, "e953f7ef491313fcd7cb77a2b921c28225601d782438456a9aeb219ddac142c9" },
        { "zeuthen", 13, "dac0e2b4ec9a4f1f8b47b88b42fea99341596424b1434a7cae5f348e563fa248" },
    };

    [Theory]
    [MemberData(nameof(SeedRuns))]
    public void The_seed_scenario_writes_the_pinned_transcript(string protocol, long seed, string expected)
    {
        var rules = Seed.Rules with { Protocol = protocol, Seed = seed };
        var summit = SummitRunner.Run(Seed with { Rules = rules }, rules);
        Assert.Equal(expected, Sha(TranscriptJsonl.Write(summit.Scenario, summit.Transcript)));
    }

    [Fact]
    public void The_seed_runs_result_json_is_pinned()
    {
        var summit = SummitRunner.Run(Seed);
        Assert.Equal("99c9aabd588d8efc3111214657c571f696bbf06d0826f61fd300e67ffccb6352", Sha(new RunReport(summit.Scenario, summit.Transcript).ResultJson()));
    }

    /// <summary>Perturbed preferences: twenty runs of the seed sweep, each transcript in turn.</summary>
    [Fact]
    public void The_seed_sweeps_runs_are_pinned()
    {
        var plan = new SweepPlan(Seed, 20, 2025, VarySpec.Default);
        var all = new StringBuilder();
        for (var i = 0; i < plan.Runs; i++)
        {
            var run = plan.Run(i);
            var summit = SummitRunner.Run(run.Scenario, run.Rules);
            all.Append(TranscriptJsonl.Write(summit.Scenario, summit.Transcript));
        }
        Assert.Equal("f58c4795c0df18fe746a5a9b22918cfafb8ff28c082b3d1a2195f16c2fe10c52", Sha(all.ToString()));
    }

    /// <summary>Every strategy at least once: a tournament of all six over the seed table, one repetition.</summary>
    [Fact]
    public void A_tournament_of_every_strategy_is_pinned()
    {
        ImmutableArray<StrategySpec> strategies = [.. new[] { "boulware", "conceder", "tit-for-tat", "zeuthen", "hardliner", "linear" }
            .Select(name => Negotiation.Negotiators.Strategies.StrategyCatalog.TryGet(name, out var spec) ? spec : throw new InvalidOperationException(name))];
        var plan = new TournamentPlan(Seed, strategies, 1, 2025);
        var all = new StringBuilder();
        // Every sixth assignment of the 216: each strategy plays each seat several times.
        for (var i = 0; i < plan.Runs; i += 6)
        {
            var run = plan.Run(i);
            var summit = SummitRunner.Run(run.Scenario, run.Rules);
            all.Append(TranscriptJsonl.Write(summit.Scenario, summit.Transcript));
        }
        Assert.Equal("3ff8b8a7cdde61aff568e6142c8c41d72a6933d302e4bec780d65f00a4c62a8c", Sha(all.ToString()));
    }

    /// <summary>The generated global agenda (tracks, clubs, logrolling) at 30 countries and at the full 193.</summary>
    [Theory]
    [InlineData(30, "db5fc18e08e0b78814c2da67406563d0db20c6276cc04a238fe52591faf6d1a8")]
    [InlineData(193, "47768fa888b990617b4d318927649aed6b78dedf808b34abc3b7302b76f06507")]
    public void The_global_summit_is_pinned(int countries, string expected)
    {
        var scenario = GlobalSummitGenerator.Generate(countries: countries);
        var summit = SummitRunner.Run(scenario);
        Assert.Equal(expected, Sha(TranscriptJsonl.Write(summit.Scenario, summit.Transcript)));
    }

    /// <summary>The sampled approximation of the outcome analysis (16.7 M outcomes at 30 countries), as result.json
    /// writes it, with the agreement assessed: the search must stay the same search, however it is made faster.</summary>
    [Fact]
    public void The_approximate_analysis_of_the_30_country_summit_is_pinned()
    {
        var summit = SummitRunner.Run(GlobalSummitGenerator.Generate(countries: 30));
        var analysis = Negotiation.Analysis.OutcomeAnalyzer.Analyze(summit.Scenario, summit.Agreement);
        Assert.False(analysis.Exact);
        Assert.Equal("9aa959a703a09dc9078d4e915eff77c77cab6d8e627060209fc00b0de0e32747", Sha(new AnalysisJson(summit.Scenario, analysis).Write()));
        // And every frontier point, in order: the pool's order decides the ties.
        Assert.Equal("f16a11d6f3180c46aa0fead0db24af5ab1e32532677f80fde8dd6778327b3a0d", Sha(string.Join(";", analysis.ParetoFrontier.Select(p => p.Package))));
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
