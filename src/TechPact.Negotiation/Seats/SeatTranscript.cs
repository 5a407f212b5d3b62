namespace TechPact.Negotiation.Seats;

/// <summary>A summit's transcript with its seat lines: the engine's own lines, a
/// <see cref="SeatTaken"/> line where a seat changes hands (after summit-opened for the opening
/// seats, before the first answer of the round it takes effect in), and a <see cref="SeatPlayedByAi"/>
/// line right before each move the AI played for a failed seat.</summary>
/// <remarks>The engine knows nothing of seats, so the seat lines are kept beside its transcript and
/// merged here; the order depends only on the two inputs, so the determinism contract holds. A
/// line for a round not yet played waits outside the merge until that round is.</remarks>
public static class SeatTranscript
{
    public static bool IsSeatLine(TranscriptEvent e) => e is SeatTaken or SeatPlayedByAi;

    public static IReadOnlyList<TranscriptEvent> Merge(IEnumerable<TranscriptEvent> engine, IEnumerable<TranscriptEvent> seatLines)
    {
        var lines = seatLines.Where(IsSeatLine).ToList();
        var taken = lines.OfType<SeatTaken>().ToLookup(t => t.Round);
        var played = lines.OfType<SeatPlayedByAi>().ToLookup(m => (m.Round, m.Country));
        var merged = new List<TranscriptEvent>();
        var answeredRound = 0;
        foreach (var e in engine)
        {
            if (e is CountryAnswered answered)
            {
                if (answered.Round != answeredRound) merged.AddRange(taken[answeredRound = answered.Round]);
                merged.AddRange(played[(answered.Round, answered.Move.Country)]);
            }
            merged.Add(e);
            if (e is SummitOpened) merged.AddRange(taken[0]);
        }
        return merged;
    }

    /// <summary>The engine's own lines, seat lines removed: what <see cref="SummitReplay.Rebuild"/> reads.</summary>
    public static IEnumerable<TranscriptEvent> EngineLines(IEnumerable<TranscriptEvent> merged) => merged.Where(e => !IsSeatLine(e));

    /// <summary>The seat lines of a merged transcript.</summary>
    public static IEnumerable<TranscriptEvent> SeatLines(IEnumerable<TranscriptEvent> merged) => merged.Where(IsSeatLine);

    /// <summary>The seat lines that belong to rounds 1..<paramref name="round"/> (and the opening): what a fork after that round keeps.</summary>
    public static IEnumerable<TranscriptEvent> Through(IEnumerable<TranscriptEvent> seatLines, int round) =>
        seatLines.Where(e => IsSeatLine(e) && e.Round <= round);

    /// <summary>A fork's seat lines: the parent's through <paramref name="atRound"/>, then, from the next
    /// round, each seat the fork gives to someone else: the AI for every seat a person or an agent held,
    /// unless <paramref name="named"/> gives it to someone (country → kind and who).</summary>
    public static IReadOnlyList<TranscriptEvent> ForFork(IEnumerable<TranscriptEvent> parent, int atRound, Scenario scenario,
        IReadOnlyDictionary<string, (SeatKind Kind, string By)> named)
    {
        var kept = Through(parent, atRound).ToList();
        var lines = new List<TranscriptEvent>(kept);
        foreach (var country in scenario.Countries)
        {
            var last = kept.OfType<SeatTaken>().LastOrDefault(t => t.Country == country.Id);
            var before = last is null ? (SeatKind.Strategy, country.Strategy.Name) : (last.Kind, last.By);
            var next = named.TryGetValue(country.Id, out var n) ? n : (SeatKind.Strategy, country.Strategy.Name);
            if (before == next || (before.Item1 == SeatKind.Strategy && next.Item1 == SeatKind.Strategy)) continue;
            lines.Add(new SeatTaken(atRound + 1, country.Id, next.Item1, next.Item2,
                next.Item1 == SeatKind.Strategy ? "the fork continues with the AI" : "the fork gives the seat to " + next.Item2));
        }
        return lines;
    }
}
