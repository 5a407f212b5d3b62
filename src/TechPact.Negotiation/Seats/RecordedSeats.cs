namespace TechPact.Negotiation.Seats;

/// <summary>Which moves of a recorded run came from outside the engine: those of seats a person or
/// an agent held that round (per the <see cref="SeatTaken"/> lines), unless the AI played them
/// (<see cref="SeatPlayedByAi"/>). Replaying such a run takes those moves as recorded and lets the
/// engine re-decide every other, so no agent has to run again.</summary>
public sealed class RecordedSeats
{
    private readonly Dictionary<(int Round, string Country), CountryMove> _outside = [];

    public RecordedSeats(IEnumerable<TranscriptEvent> history)
    {
        var kind = new Dictionary<string, SeatKind>(StringComparer.Ordinal);
        var changes = new List<SeatTaken>();
        var byAi = new HashSet<(int, string)>();
        var answers = new List<CountryAnswered>();
        foreach (var e in history)
        {
            if (e is SeatTaken t) changes.Add(t);
            else if (e is SeatPlayedByAi m) byAi.Add((m.Round, m.Country));
            else if (e is CountryAnswered a) answers.Add(a);
        }
        foreach (var a in answers.OrderBy(a => a.Round))
        {
            foreach (var t in changes.Where(t => Math.Max(t.Round, 1) <= a.Round)) kind[t.Country] = t.Kind;
            changes.RemoveAll(t => Math.Max(t.Round, 1) <= a.Round);
            if (kind.GetValueOrDefault(a.Move.Country) != SeatKind.Strategy && !byAi.Contains((a.Round, a.Move.Country)))
                _outside[(a.Round, a.Move.Country)] = a.Move;
        }
    }

    public bool Any => _outside.Count > 0;

    /// <summary>The recorded move for the seat, when a person or an agent made it; null: the engine decides.</summary>
    public CountryMove? MoveFor(CountryBrief brief, RoundContext context) =>
        _outside.GetValueOrDefault((context.Round, brief.Profile.Id));
}
