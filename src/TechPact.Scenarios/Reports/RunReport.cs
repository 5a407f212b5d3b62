namespace TechPact.Scenarios.Reports;

/// <summary>Everything written about a finished run: the files of <c>--out</c>, built the same
/// way by every verb that runs summits.</summary>
/// <remarks>Reports name countries by the table at the end (a party may have joined by event):
/// pass <c>Summit.Scenario</c>, or <see cref="FromLoaded"/> when only the loaded scenario is at hand.</remarks>
public sealed class RunReport
{
    /// <param name="progress">Hears how far the outcome analysis has got, when this report is the one that makes it.</param>
    public RunReport(Scenario final, IReadOnlyList<TranscriptEvent> transcript, Action<double>? progress = null)
    {
        Scenario = final;
        Transcript = transcript;
        Outcome = RunOutcome.FromTranscript(transcript);
        // One analysis of the final table serves result.json, report.html's debrief and a live page alike.
        Analysis = AnalysisCache.Shared.For(Scenario, Outcome.Agreement, progress);
    }

    public static RunReport FromLoaded(Scenario loaded, IReadOnlyList<TranscriptEvent> transcript, Action<double>? progress = null) =>
        new(EventEffects.ScenarioAfter(loaded, transcript), transcript, progress);

    public Scenario Scenario { get; }
    public IReadOnlyList<TranscriptEvent> Transcript { get; }
    public RunOutcome Outcome { get; }
    public OutcomeAnalysis Analysis { get; }

    public string ResultJson() => Reports.ResultJson.Write(Scenario, Outcome, Analysis, Transcript);

    public string TranscriptJsonl() => Reports.TranscriptJsonl.Write(Scenario, Transcript);

    public string PactMarkdown() => Reports.PactMarkdown.Write(Scenario, Outcome);

    /// <summary>The files <c>--out DIR</c> holds, by name.</summary>
    public IReadOnlyDictionary<string, string> Files() => new Dictionary<string, string>
    {
        ["transcript.jsonl"] = TranscriptJsonl(),
        ["result.json"] = ResultJson(),
        ["pact.md"] = PactMarkdown(),
        ["report.html"] = ReportHtml(),
    };

    /// <summary><see cref="Files"/>, the four rendered side by side: each reads only this report (immutable once
    /// built), so on a large table the JSON and the page cost one of them, not their sum.</summary>
    public async Task<IReadOnlyDictionary<string, string>> FilesAsync()
    {
        var html = Task.Run(ReportHtml);
        var transcript = Task.Run(TranscriptJsonl);
        var result = Task.Run(ResultJson);
        var pact = PactMarkdown();
        return new Dictionary<string, string>
        {
            ["transcript.jsonl"] = await transcript,
            ["result.json"] = await result,
            ["pact.md"] = pact,
            ["report.html"] = await html,
        };
    }

    /// <summary>A run this one forked from: the debrief shows the two side by side.</summary>
    public (string Label, IReadOnlyList<TranscriptEvent> Transcript, Scenario Scenario)? Parent { get; init; }

    /// <summary>The debrief page of this run (Debrief/): pact, utilities, charts, concession ledger
    /// — and, for a fork, its parent as a second table, compared across the two.</summary>
    public string ReportHtml()
    {
        var tables = new List<Debrief.DebriefTable>();
        if (Parent is { } parent)
            tables.Add(new Debrief.DebriefTable(parent.Label, Opening(parent.Transcript, parent.Scenario), parent.Transcript));
        tables.Add(new Debrief.DebriefTable(Parent is null ? "The table" : "The fork", Opening(Transcript, Scenario), Transcript));
        return Debrief.DebriefHtml.Write(Scenario.Title, tables, $"Scenario {Scenario.Id}");
    }

    private static Scenario Opening(IReadOnlyList<TranscriptEvent> transcript, Scenario fallback) =>
        transcript.OfType<SummitOpened>().First().Source ?? fallback;
}
