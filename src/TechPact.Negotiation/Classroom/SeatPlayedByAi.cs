using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Classroom;

/// <summary>A human seat missed the round's deadline (or was handed to the AI): its country's
/// strategy played the move that follows in the transcript.</summary>
public sealed record SeatPlayedByAi(int Round, string Country) : TranscriptEvent(Round);
