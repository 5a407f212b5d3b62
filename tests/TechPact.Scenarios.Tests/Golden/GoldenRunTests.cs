using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Tests.Library;
using TechPact.Scenarios.Transcripts;
using TechPact.Scenarios.Writing;
using TechPact.Tests.Golden;

namespace TechPact.Scenarios.Tests.Golden;

/// <summary>transcript.jsonl, result.json, pact.md, the analysis JSON and the scenario YAML, pinned byte
/// for byte over seeds, every protocol, logrolling trades, clubs, tracks, events (a party joining among
/// them), discounting, strategy parts, forks with injected events of every kind, seat lines and awkward
/// text. Each golden transcript must also read back and write itself again: files written before a
/// change of the writers still replay after it.</summary>
public sealed class GoldenRunTests
{
    private static Scenario Library(string file) => Loaded(Path.Combine(RepoRoot.Scenarios, file));

    private static Scenario EdgeCases() => Loaded(GoldenFiles.Path("edge-cases.yaml"));

    private static Scenario Loaded(string path)
    {
        var loaded = ScenarioLoader.LoadFile(path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.Scenario!;
    }

    private static Scenario With(Scenario s, long seed, string? protocol = null) =>
        s with { Rules = s.Rules with { Seed = seed, Protocol = protocol ?? s.Rules.Protocol } };

    /// <summary>Every case: its name and the run (the final table and the transcript, seat lines merged in).</summary>
    private static readonly Dictionary<string, Func<(Scenario Final, IReadOnlyList<TranscriptEvent> Transcript)>> Cases = new()
    {
        ["seed-1"] = () => Run(With(Library("us-japan-korea.yaml"), 1)),
        ["seed-7"] = () => Run(With(Library("us-japan-korea.yaml"), 7)),
        ["partial-consensus"] = () => Run(With(Library("us-japan-korea.yaml"), 2, "partial-consensus")),
        ["alternating-offers"] = () => Run(With(Library("us-japan-korea.yaml"), 3, "alternating-offers")),
        ["zeuthen"] = () => Run(With(Library("us-japan-korea.yaml"), 4, "zeuthen")),
        ["research-consortium"] = () => Run(With(Library("research-consortium.yaml"), 5)),
        ["safety-summit"] = () => Run(With(Library("global-ai-safety-summit.yaml"), 6)),
        ["join"] = () => Run(With(Library("eu-us-data-flows.yaml"), 2)),
        ["allied-clubs"] = () => Run(With(Library("allied-export-controls.yaml"), 1)),
        ["chip4-clubs"] = () => Run(With(Library("chip4-alliance.yaml"), 4)),
        ["genius"] = () => Run(With(Library("genius-england-zimbabwe.yaml"), 1)),
        ["edge-cases"] = () => Run(EdgeCases()),
        ["edge-cases-alternating"] = () => Run(With(EdgeCases(), 12, "alternating-offers")),
        ["fork"] = () => Fork(With(Library("us-japan-korea.yaml"), 1), 4, 9,
            "{round: 5, id: gallium, title: \"Gallium export ban: China, 2023\", effects: [{reservation: {country: US, value: 0.123456789}}, {priority: {country: KR, issue: chip-supply, weight: 0.45}}]}",
            "round: 6\nid: lift\ntitle: Lifted\neffects:\n  - strength: {country: JP, area: memory-chips, value: 0.8}\n  - red-line: {country: JP, issue: data-flows, option: localisation}\n  - lift-red-line: {country: JP, issue: data-flows, option: localisation}\n"),
        ["edge-cases-fork"] = () => Fork(EdgeCases(), 2, 5,
            "{round: 3, id: extra, title: \"Extra: \\\"quoted\\\" #1\", effects: [{reservation: {country: KR, value: 0.25}}, {strength: {country: US, area: cloud, value: 1}}, {priority: {country: US, issue: ai, weight: 0.6}}, {red-line: {country: JP, issue: chips, option: none}}, {lift-red-line: {country: KR, issue: chips, option: none}}]}"),
        ["leave"] = () => Fork(With(Library("chip4-alliance.yaml"), 4), 2, 4,
            "{round: 3, id: walkout, title: Taiwan walks out, effects: [{leave: {country: TW}}]}"),
        ["seats"] = Seated,
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    private static (Scenario, IReadOnlyList<TranscriptEvent>) Run(Scenario scenario)
    {
        var run = SummitRunner.Run(scenario);
        return (run.Scenario, run.Transcript);
    }

    private static (Scenario, IReadOnlyList<TranscriptEvent>) Fork(Scenario scenario, int atRound, long seed, params string[] injects)
    {
        var parent = SummitRunner.Run(scenario);
        var recorded = TranscriptReader.Read(TranscriptJsonl.Write(parent.Scenario, parent.Transcript), "parent.jsonl");
        var at = recorded.RebuildThrough(atRound);
        var events = injects.Select(text => EventSyntax.Parse(text, at.Scenario, atRound + 1));
        var forked = SummitRunner.Continue(at.Fork(at.Rules with { Seed = seed }, events));
        return (forked.Scenario, forked.Transcript);
    }

    /// <summary>A person held Korea from the opening and missed round 3; an agent took Japan in round 5
    /// and crashed in round 7, when the AI took the seat back.</summary>
    private static (Scenario, IReadOnlyList<TranscriptEvent>) Seated()
    {
        var run = SummitRunner.Run(With(Library("us-japan-korea.yaml"), 3));
        TranscriptEvent[] lines =
        [
            new SeatTaken(0, "KR", SeatKind.Person, "student"),
            new SeatPlayedByAi(3, "KR", SeatFault.Silent, "no answer before the round's deadline"),
            new SeatTaken(5, "JP", SeatKind.Agent, "python3 examples/agents/tit_for_tat.py", "the instructor gave the seat to an agent"),
            new SeatPlayedByAi(6, "JP", SeatFault.Illegal, "'data-flows' has no option \"x\""),
            new SeatTaken(7, "JP", SeatKind.Strategy, "boulware", "the agent crashed"),
        ];
        return (run.Scenario, SeatTranscript.Merge(run.Transcript, lines));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_runs_files_are_the_pinned_bytes(string name)
    {
        var (final, transcript) = Cases[name]();
        var report = new RunReport(final, transcript);
        GoldenFiles.Match($"{name}.transcript.jsonl", report.TranscriptJsonl());
        GoldenFiles.Match($"{name}.result.json", report.ResultJson());
        GoldenFiles.Match($"{name}.pact.md", report.PactMarkdown());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_golden_transcript_reads_back_and_writes_itself_again(string name)
    {
        var text = GoldenFiles.Read($"{name}.transcript.jsonl");
        var run = TranscriptReader.Read(text, $"{name}.transcript.jsonl");
        var rebuilt = run.Rebuild();
        Assert.Equal(text, TranscriptJsonl.Write(rebuilt.Scenario, run.WithSeatLines(rebuilt)));
    }

    [Fact]
    public void The_cases_cover_every_line_type()
    {
        var types = Cases.Keys.SelectMany(n => GoldenFiles.Read($"{n}.transcript.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToHashSet();
        Assert.Equal(["club-formed", "club-joined", "country-answered", "draft-revised", "event-fired", "offer-tabled", "seat-played-by-ai",
            "seat-taken", "summit-concluded", "summit-forked", "summit-opened", "track-agreed", "trade-agreed"], types.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("us-japan-korea.yaml")]
    [InlineData("global-ai-safety-summit.yaml")]
    [InlineData("genius-england-zimbabwe.yaml")]
    [InlineData("eu-us-data-flows.yaml")]
    public void The_analysis_json_is_the_pinned_bytes(string file)
    {
        var scenario = Library(file);
        var run = SummitRunner.Run(scenario);
        GoldenFiles.Match($"analysis.{Path.GetFileNameWithoutExtension(file)}.json",
            new AnalysisJson(run.Scenario, OutcomeAnalyzer.Analyze(run.Scenario, run.Agreement)).Write());
    }

    /// <summary>The sampled analysis (more outcomes than the exact limit) writes its extra keys.</summary>
    [Fact]
    public void The_sampled_analysis_json_is_the_pinned_bytes()
    {
        var run = SummitRunner.Run(Library("us-japan-korea.yaml"));
        var sampled = OutcomeAnalyzer.Analyze(run.Scenario, run.Agreement, exactLimit: 10);
        Assert.False(sampled.Exact);
        GoldenFiles.Match("analysis.sampled.json", new AnalysisJson(run.Scenario, sampled).Write());
    }

    [Fact]
    public void The_scenario_yaml_is_the_pinned_bytes()
    {
        GoldenFiles.Match("edge-cases.written.yaml", ScenarioYamlWriter.Write(EdgeCases(), "A header comment.\n\nIts second paragraph: with a colon."));
        foreach (var file in RepoRoot.ScenarioFiles().Where(f => !f.EndsWith("global-ai-standards.yaml", StringComparison.Ordinal)))
            GoldenFiles.Match($"written.{Path.GetFileName(file)}", ScenarioYamlWriter.Write(Loaded(file)));
    }

    /// <summary>Text a writer must quote or escape, in every place text goes: titles, names, labels,
    /// standards and descriptions (the last two may hold line breaks and tabs).</summary>
    [Fact]
    public void Awkward_text_is_written_as_pinned()
    {
        string[] texts =
        [
            "plain words", "with: colon", "a:b", "hash # mark", "a#b", "a, b", "[x]", "{y}", "&anchor", "*alias", "!tag",
            "|pipe", ">gt", "'single'", "it's", "\"double\"", "%pct", "@at", "`tick", "back\\slash", "yes", "No", "ON", "null",
            "~", "true", "1.5", "2025", "0x1F", "-leading", "- dash", "? question", "trailing space ", " leading space", "é accented",
            "中文", "emoji 🤝 and 😀", "C++", "R&D", "50%", "US–Japan–Korea", "no\u00A0break", "ends with colon:", "--- doc", "...",
        ];
        var minimal = ScenarioLoader.LoadText(MinimalScenario.Text, "minimal.yaml").Scenario!;
        var written = new System.Text.StringBuilder();
        foreach (var text in texts.Append("line one\nline two\n\ttabbed and\u2028separated"))
        {
            var issue = minimal.Issues[0];
            var multiline = text.Contains('\n');
            var changed = minimal with
            {
                Title = multiline ? "Multi-line" : text,
                Description = text,
                Issues = [issue with { Title = multiline ? "Multi" : text, Options = issue.Options.SetItem(0, issue.Options[0] with { Label = multiline ? "M" : text, Standard = text }) }],
                Countries = [minimal.Countries[0] with { Name = multiline ? "M" : text }, minimal.Countries[1]],
            };
            written.Append(ScenarioYamlWriter.Write(changed)).Append("---\n");
        }
        GoldenFiles.Match("awkward.written.yaml", written.ToString());
    }
}
