namespace TechPact.Contracts.Classroom;

/// <summary>Who plays a country at every table: students (<paramref name="Human"/>) or the AI,
/// and the strategy the AI plays it with (also when a student misses a deadline).</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.CountryPlan")]
public sealed record CountryPlan([Id(0)] string Country, [Id(1)] bool Human, [Id(2)] string Strategy);

/// <summary>Everything an instructor chooses when creating a session.</summary>
/// <param name="Tables">Parallel copies of the scenario, one per group of students.</param>
/// <param name="DeadlineSeconds">How long a round stays open for the human seats.</param>
[GenerateSerializer, Immutable, Alias("techpact.classroom.ClassroomSetup")]
public sealed record ClassroomSetup(
    [Id(0)] string ScenarioId,
    [Id(1)] Scenario Scenario,
    [Id(2)] NegotiationRules Rules,
    [Id(3)] ImmutableArray<CountryPlan> Countries,
    [Id(4)] int Tables,
    [Id(5)] int DeadlineSeconds)
{
    public const int MaxTables = 20;
    public const int MinDeadlineSeconds = 10;
    public const int MaxDeadlineSeconds = 3600;
}

[GenerateSerializer]
public enum ClassroomStatus
{
    /// <summary>Created; students can join, no round has opened.</summary>
    Lobby,
    Running,
    /// <summary>The round clocks stand still; submissions wait.</summary>
    Paused,
    /// <summary>Every table has concluded; the debrief is open.</summary>
    Finished,
    /// <summary>The instructor ended the session (tables stop where they are).</summary>
    Ended,
}

/// <summary>What creating a session hands back to the instructor, once.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.ClassroomCreated")]
public sealed record ClassroomCreated([Id(0)] string SessionId, [Id(1)] string InstructorToken);

/// <summary>A seat's secret: whoever holds the token plays the seat.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.SeatTicket")]
public sealed record SeatTicket([Id(0)] string SessionId, [Id(1)] int Table, [Id(2)] string Country, [Id(3)] string Token);
