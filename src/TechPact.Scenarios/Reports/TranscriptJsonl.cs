namespace TechPact.Scenarios.Reports;

/// <summary>transcript.jsonl: one event per line (<see cref="TranscriptLine"/>), <c>type</c> first,
/// everything named by id (issues, options, countries) rather than by index, so a line reads on its own.</summary>
/// <remarks>Pass the scenario as it stands at the end of the run (<c>Summit.Scenario</c>): a party
/// that joined by event is only in that one.</remarks>
public static class TranscriptJsonl
{
    /// <remarks>Each line depends on its event and the scenario alone, so a long transcript's lines are written on
    /// every core (the opening's scenario YAML on one, the rounds' answers on the others) and joined in order.</remarks>
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript)
    {
        var events = transcript as IReadOnlyList<TranscriptEvent> ?? [.. transcript];
        var lines = new string[events.Count];
        void Write(int i) => lines[i] = ReportJson.Line(TranscriptLines.Of(events[i], scenario), ReportJson.Contract.TranscriptLine);
        if (events.Count < ParallelFrom) for (var i = 0; i < lines.Length; i++) Write(i);
        else Parallel.For(0, lines.Length, Write);
        var text = new StringBuilder(lines.Sum(l => l.Length + 1));
        foreach (var line in lines) text.Append(line).Append('\n');
        return text.ToString();
    }

    /// <summary>Below this many events (a seed run has about 40) one thread writes them.</summary>
    private const int ParallelFrom = 256;
}
