namespace TechPact.Scenarios.Reports;

/// <summary>transcript.jsonl: one event per line (<see cref="TranscriptLine"/>), <c>type</c> first,
/// everything named by id (issues, options, countries) rather than by index, so a line reads on its own.</summary>
/// <remarks>Pass the scenario as it stands at the end of the run (<c>Summit.Scenario</c>): a party
/// that joined by event is only in that one.</remarks>
public static class TranscriptJsonl
{
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript)
    {
        var text = new StringBuilder();
        foreach (var e in transcript)
            text.Append(ReportJson.Line(TranscriptLines.Of(e, scenario), ReportJson.Contract.TranscriptLine)).Append('\n');
        return text.ToString();
    }
}
