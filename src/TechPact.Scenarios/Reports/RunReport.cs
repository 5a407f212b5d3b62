using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>Everything written about a finished run: the files of <c>--out</c>, built the same
/// way by every verb that runs summits.</summary>
/// <remarks>Reports name countries by the table at the end (a party may have joined by event):
/// pass <c>Summit.Scenario</c>, or <see cref="FromLoaded"/> when only the loaded scenario is at hand.</remarks>
public sealed class RunReport
{
    public RunReport(Scenario final, IReadOnlyList<TranscriptEvent> transcript)
    {
        Scenario = final;
        Transcript = transcript;
        Outcome = RunOutcome.FromTranscript(transcript);
        Analysis = OutcomeAnalyzer.Analyze(Scenario, Outcome.Agreement);
    }

    public static RunReport FromLoaded(Scenario loaded, IReadOnlyList<TranscriptEvent> transcript) =>
        new(EventEffects.ScenarioAfter(loaded, transcript), transcript);

    public Scenario Scenario { get; }
    public IReadOnlyList<TranscriptEvent> Transcript { get; }
    public RunOutcome Outcome { get; }
    public OutcomeAnalysis Analysis { get; }

    public string ResultJson() => Reports.ResultJson.Write(Scenario, Outcome,
        new AnalysisJson(Scenario, Analysis), ClubsSection.From(Scenario, Transcript), LedgerSection.From(Transcript));

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

    /// <summary>The debrief page of this run (Debrief/): pact, utilities, charts, concession ledger.</summary>
    public string ReportHtml() => Debrief.DebriefHtml.Write(Scenario.Title,
        [new Debrief.DebriefTable("The table", Transcript.OfType<SummitOpened>().First().Source ?? Scenario, Transcript)], $"Scenario {Scenario.Id}");
}
