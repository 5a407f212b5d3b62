namespace TechPact.Negotiation.Seats;

/// <summary>Who decides for a country. A strategy is the engine's own negotiator; a person
/// (a browser seat, or a network agent using a person's seat) and an agent (a program the
/// country grain starts) answer from outside, and their moves are recorded whole.</summary>
public enum SeatKind
{
    Strategy,
    Person,
    Agent,
}

/// <summary>Why the AI played a seat's move for a round.</summary>
public enum SeatFault
{
    /// <summary>A person's seat gave no answer before the round's deadline.</summary>
    Silent,
    /// <summary>An agent gave no answer within its move time (it hangs, or is slow).</summary>
    Late,
    /// <summary>The agent never started, exited, or its connection dropped.</summary>
    Crashed,
    /// <summary>The answer broke a rule (unknown issue or option, a withdrawn commitment, a red
    /// line) or was not a message at all (not JSON, too long, a flood of output).</summary>
    Illegal,
    /// <summary>The instructor closed the round before the seat answered.</summary>
    ClosedEarly,
}

/// <summary>From round <paramref name="Round"/> on (0: from the opening), <paramref name="Country"/>'s
/// seat is played by <paramref name="Kind"/>, namely <paramref name="By"/> (a strategy name, an agent's
/// command, "person"). Replay takes the recorded moves of person and agent seats and re-decides the rest.</summary>
/// <param name="Reason">Why the seat changed hands mid-summit ("" at the opening).</param>
public sealed record SeatTaken(int Round, string Country, SeatKind Kind, string By, string Reason = "") : TranscriptEvent(Round);

/// <summary>A person's or agent's seat failed this round: its country's strategy played the move
/// that follows in the transcript, for the reason given.</summary>
/// <param name="Detail">What happened, in words: "no move within 5 s", "'data-flows' has no option 'x'…".</param>
public sealed record SeatPlayedByAi(int Round, string Country, SeatFault Fault, string Detail = "") : TranscriptEvent(Round);
