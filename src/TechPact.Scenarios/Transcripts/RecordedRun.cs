namespace TechPact.Scenarios.Transcripts;

/// <summary>A run as its transcript records it: the scenario and rules it opened with, and its
/// history — every country's answers, any fork and the seat lines, in order. Everything else in
/// the file follows from these.</summary>
/// <param name="Text">The file's text, the bytes a faithful rebuild must write again.</param>
public sealed record RecordedRun(string File, string Text, Scenario Scenario, NegotiationRules Rules,
    ImmutableArray<TranscriptEvent> History)
{
    /// <summary>The round the run concluded in.</summary>
    public int Rounds => History.OfType<CountryAnswered>().Select(a => a.Round).DefaultIfEmpty(0).Max();

    /// <summary>The run rebuilt from its recorded moves (and forks), without asking any country anything.</summary>
    public Summit Rebuild() => SummitReplay.Rebuild(Scenario, Rules, History);

    /// <summary>The seat lines: which seats a person or an agent held, and which of their moves the AI played.</summary>
    public IReadOnlyList<TranscriptEvent> SeatLines { get; } = [.. SeatTranscript.SeatLines(History)];

    /// <summary>A summit's transcript with this run's seat lines merged back in: what the file should hold.</summary>
    public IReadOnlyList<TranscriptEvent> WithSeatLines(Summit summit) => SeatTranscript.Merge(summit.Transcript, SeatLines);

    /// <summary>The summit as it stood after <paramref name="round"/> rounds: the moves of rounds
    /// 1..round and the forks made before it.</summary>
    public Summit RebuildThrough(int round) => SummitReplay.RebuildThrough(Scenario, Rules, History, round);

    /// <summary>The run played again from scratch by the engine's negotiators, forking where the
    /// recording forked: what the scenario and seeds give today. The moves a person or an agent made
    /// are taken as recorded (no agent runs again); every other is decided afresh.</summary>
    public Summit Rerun()
    {
        var seats = new RecordedSeats(History);
        var summit = Summit.Open(Scenario, Rules);
        foreach (var fork in History.OfType<SummitForked>())
            summit = SummitRunner.Continue(summit, untilRound: fork.Round, seated: seats.MoveFor).Fork(fork.Rules, fork.Events);
        return SummitRunner.Continue(summit, seated: seats.MoveFor);
    }
}
