using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Seats;

/// <summary>A round opening for one outside seat: what its country grain validates answers
/// against (the context), what the seat is shown (the view) and when the answer is due.</summary>
/// <param name="Deadline">The summit's round deadline, for person seats; null: none (agents have their move time).</param>
/// <param name="Answered">A person's answer to this round already handed in (the round is being reopened).</param>
[GenerateSerializer, Immutable, Alias("techpact.RoundTicket")]
public sealed record RoundTicket(string SummitId, RoundContext Context, SeatView View, DateTimeOffset? Deadline, CountryMove? Answered = null);

/// <summary>How an outside seat's round ended: its move, and when the AI played it, why.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SeatOutcome")]
public sealed record SeatOutcome(CountryMove Move, SeatPlayedByAi? PlayedByAi);

/// <summary>One seat as its holder sees it: the view of the round (or of the end), what it handed
/// in for the open round, and the summit's round clock.</summary>
/// <param name="OpenRound">The round the seat may answer now; 0 when none is open (between rounds, paused, over).</param>
/// <param name="Submitted">Its valid answer to the open round, if any (it may answer again until the round closes).</param>
/// <param name="Refused">Why its last answer was refused, if it was.</param>
/// <param name="PlayedByAi">The rounds the AI played for it, and why.</param>
[GenerateSerializer, Immutable, Alias("techpact.SeatSnapshot")]
public sealed record SeatSnapshot(
    string SummitId,
    SeatSpec Seat,
    SeatView View,
    int OpenRound,
    SeatAnswer? Submitted,
    string? Refused,
    RoundClockView Clock,
    ImmutableArray<SeatPlayedByAi> PlayedByAi);

/// <summary>A summit's round clock. <paramref name="Deadline"/> is when the open round closes; while
/// paused it is null and <paramref name="RemainingSeconds"/> says how long the round will still run.</summary>
[GenerateSerializer, Immutable, Alias("techpact.RoundClockView")]
public sealed record RoundClockView(int OpenRound, DateTimeOffset? Deadline, double? RemainingSeconds, bool Paused, DateTimeOffset Now)
{
    public static RoundClockView Idle(DateTimeOffset now) => new(0, null, null, false, now);
}
