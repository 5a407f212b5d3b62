namespace TechPact.Grains.Summits;

/// <summary>One change of hands: from round <paramref name="From"/> (0: the opening) the country's
/// seat is played by <paramref name="Seat"/>.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SeatChange")]
public sealed record SeatChange([Id(0)] int From, [Id(1)] string Country, [Id(2)] SeatSpec Seat, [Id(3)] string Reason);

/// <summary>A summit's seats over time: every change of hands, the rounds the AI played for a failed
/// seat, and the seat lines they make in the transcript. A summit that never had an outside seat has
/// an empty book, and a transcript byte for byte like before seats existed.</summary>
public sealed class SeatBook
{
    private readonly List<SeatChange> _changes;
    private readonly List<SeatPlayedByAi> _played;

    public SeatBook(IEnumerable<SeatChange> changes, IEnumerable<SeatPlayedByAi> played)
    {
        _changes = [.. changes];
        _played = [.. played];
    }

    public IReadOnlyList<SeatChange> Changes => _changes;

    public bool IsEmpty => _changes.Count == 0;

    /// <summary>Who plays the country in round <paramref name="round"/>: its last change in force, else its strategy.</summary>
    public SeatSpec At(string country, int round, string strategy) =>
        _changes.LastOrDefault(c => c.Country == country && Math.Max(c.From, 1) <= round)?.Seat ?? SeatSpec.Strategy(strategy);

    public bool AnyOutside(int round, Scenario scenario) =>
        scenario.Countries.Any(c => At(c.Id, round, c.Strategy.Name).IsOutside);

    public void Change(SeatChange change) => _changes.Add(change);

    public void Played(SeatPlayedByAi line) => _played.Add(line);

    public ImmutableArray<SeatPlayedByAi> PlayedFor(string country) => [.. _played.Where(p => p.Country == country)];

    /// <summary>The seat lines, for <see cref="SeatTranscript.Merge"/>.</summary>
    public IEnumerable<TranscriptEvent> Lines =>
        _changes.Select(c => (TranscriptEvent)new SeatTaken(c.From, c.Country, c.Seat.Kind, c.Seat.By, c.Reason)).Concat(_played);

    /// <summary>The lines a round wrote: who the AI played for, and seats that change hands next round.</summary>
    public ImmutableArray<TranscriptEvent> LinesOfRound(int round) =>
        [.. _played.Where(p => p.Round == round), .. _changes.Where(c => c.From == round + 1)
            .Select(c => new SeatTaken(c.From, c.Country, c.Seat.Kind, c.Seat.By, c.Reason))];

    /// <summary>How many rounds in a row, up to <paramref name="round"/>, the AI has played for the country
    /// since it last changed hands.</summary>
    public int FailuresInARow(string country, int round)
    {
        var since = _changes.LastOrDefault(c => c.Country == country && Math.Max(c.From, 1) <= round)?.From ?? 0;
        var count = 0;
        for (var r = round; r >= Math.Max(since, 1) && _played.Any(p => p.Country == country && p.Round == r); r--) count++;
        return count;
    }

    /// <summary>What the rounds in a row were, for the hand-over line: "late, late, crashed".</summary>
    public string RecentFaults(string country, int round, int count) =>
        string.Join(", ", Enumerable.Range(round - count + 1, count)
            .Select(r => _played.First(p => p.Country == country && p.Round == r)).Select(p => SeatNames.Of(p.Fault)));
}
