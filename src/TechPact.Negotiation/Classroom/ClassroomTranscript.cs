using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Classroom;

/// <summary>A classroom table's transcript: the engine's, with a <see cref="SeatPlayedByAi"/> line
/// right before each move the AI played for a human seat.</summary>
/// <remarks>The engine knows nothing of seats, so the markers are kept beside its transcript and
/// merged here; the order depends only on the two inputs, so the determinism contract holds.</remarks>
public static class ClassroomTranscript
{
    public static IReadOnlyList<TranscriptEvent> Merge(IEnumerable<TranscriptEvent> engine, IEnumerable<SeatPlayedByAi> markers)
    {
        var byMove = markers.ToLookup(m => (m.Round, m.Country));
        var merged = new List<TranscriptEvent>();
        foreach (var e in engine)
        {
            if (e is CountryAnswered answered) merged.AddRange(byMove[(answered.Round, answered.Move.Country)]);
            merged.Add(e);
        }
        return merged;
    }

    /// <summary>The engine's own lines, markers removed: what <see cref="SummitReplay.Rebuild"/> takes.</summary>
    public static IEnumerable<TranscriptEvent> EngineLines(IEnumerable<TranscriptEvent> merged) =>
        merged.Where(e => e is not SeatPlayedByAi);
}
