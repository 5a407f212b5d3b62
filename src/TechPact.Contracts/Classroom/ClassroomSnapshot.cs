using TechPact.Contracts.Summits;

namespace TechPact.Contracts.Classroom;

/// <summary>One seat as the console sees it. Join codes only reach the instructor; tokens never leave the grain.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.SeatInfo")]
public sealed record SeatInfo([Id(0)] int Table, [Id(1)] string Country, [Id(2)] bool Human, [Id(3)] string? JoinCode, [Id(4)] bool Joined, [Id(5)] bool Submitted);

/// <summary>One table: its summit (an ordinary <see cref="ISummitGrain"/>) as it stands, and its transcript so far.</summary>
/// <param name="Opening">The scenario the table opened with (strategies as the instructor chose).</param>
/// <param name="Summit">Its round, status, clock, seats and the seats still to answer.</param>
[GenerateSerializer, Immutable, Alias("techpact.classroom.TableSnapshot")]
public sealed record TableSnapshot(
    [Id(0)] int Table,
    [Id(1)] string SummitId,
    [Id(2)] Scenario Opening,
    [Id(3)] NegotiationRules Rules,
    [Id(4)] ImmutableArray<TranscriptEvent> Transcript,
    [Id(5)] SummitView? Summit)
{
    /// <summary>When the open round closes; null while paused, between rounds or when over.</summary>
    public DateTimeOffset? Deadline => Summit?.Clock?.Deadline;

    /// <summary>While paused, how long the round will still run after resuming.</summary>
    public double? RemainingSeconds => Summit?.Clock?.RemainingSeconds;

    /// <summary>Outside seats that have answered the open round.</summary>
    public ImmutableArray<string> Submitted => Summit is { Clock.OpenRound: > 0 } s
        ? [.. s.Seats.Select((seat, c) => (seat, Id: s.Countries[c].CountryId)).Where(x => x.seat.IsOutside && !s.Waiting.Contains(x.Id)).Select(x => x.Id)]
        : [];

    /// <summary>Events the instructor injected that fire when the next round opens.</summary>
    public ImmutableArray<string> PendingInjects => Summit?.PendingEvents ?? [];
}

/// <summary>A session as it stands: for the console all tables and codes; for a seat only its table, no codes.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.ClassroomSnapshot")]
public sealed record ClassroomSnapshot(
    [Id(0)] string SessionId,
    [Id(1)] string ScenarioId,
    [Id(2)] string Title,
    [Id(3)] ClassroomStatus Status,
    [Id(4)] int DeadlineSeconds,
    [Id(5)] int Version,
    [Id(6)] DateTimeOffset Now,
    [Id(7)] ImmutableArray<CountryPlan> Plan,
    [Id(8)] ImmutableArray<TableSnapshot> Tables,
    [Id(9)] ImmutableArray<SeatInfo> Seats);

/// <summary>What one student's seat may see of the session: its table, and its seat as its summit shows it.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.ClassroomSeat")]
public sealed record ClassroomSeat([Id(0)] ClassroomSnapshot Session, [Id(1)] int Table, [Id(2)] string Country, [Id(3)] SeatSnapshot Seat)
{
    /// <summary>The instructor handed the seat to the AI: the student's token still shows the seat (their own
    /// brief, the table), read-only, so their page follows the AI playing it instead of going dark.</summary>
    [Id(10)] public bool Watching { get; init; }
}
