namespace TechPact.Contracts.Seats;

/// <summary>A round opening for one outside seat: what its country grain validates answers
/// against (the context), what the seat is shown (the view) and when the answer is due.</summary>
/// <param name="Deadline">The summit's round deadline, for person seats; null: none (agents have their move time).</param>
/// <param name="Answered">A person's answer to this round already handed in (the round is being reopened).</param>
[GenerateSerializer, Immutable, Alias("techpact.RoundTicket")]
public sealed record RoundTicket([Id(0)] string SummitId, [Id(1)] RoundContext Context, [Id(2)] SeatView View, [Id(3)] DateTimeOffset? Deadline, [Id(4)] CountryMove? Answered = null);

/// <summary>How an outside seat's round ended: its move, and when the AI played it, why.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SeatOutcome")]
public sealed record SeatOutcome([Id(0)] CountryMove Move, [Id(1)] SeatPlayedByAi? PlayedByAi);

/// <summary>One seat as its holder sees it: the view of the round (or of the end), what it handed
/// in for the open round, and the summit's round clock.</summary>
/// <param name="OpenRound">The round the seat may answer now; 0 when none is open (between rounds, paused, over).</param>
/// <param name="Submitted">Its valid answer to the open round, if any (it may answer again until the round closes).</param>
/// <param name="Refused">Why its last answer was refused, if it was.</param>
/// <param name="PlayedByAi">The rounds the AI played for it, and why.</param>
[GenerateSerializer, Immutable, Alias("techpact.SeatSnapshot")]
public sealed record SeatSnapshot(
    [Id(0)] string SummitId,
    [Id(1)] SeatSpec Seat,
    [Id(2)] SeatView View,
    [Id(3)] int OpenRound,
    [Id(4)] SeatAnswer? Submitted,
    [Id(5)] string? Refused,
    [Id(6)] RoundClockView Clock,
    [Id(7)] ImmutableArray<SeatPlayedByAi> PlayedByAi);

/// <summary>A summit's round clock. <paramref name="Deadline"/> is when the open round closes; while
/// paused it is null and <paramref name="RemainingSeconds"/> says how long the round will still run.</summary>
[GenerateSerializer, Immutable, Alias("techpact.RoundClockView")]
public sealed record RoundClockView([Id(0)] int OpenRound, [Id(1)] DateTimeOffset? Deadline, [Id(2)] double? RemainingSeconds, [Id(3)] bool Paused, [Id(4)] DateTimeOffset Now)
{
    public static RoundClockView Idle(DateTimeOffset now) => new(0, null, null, false, now);
}
