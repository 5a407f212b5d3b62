namespace TechPact.Negotiation.Seats;

/// <summary>Where a person or an agent can hold a seat.</summary>
public static class SeatRules
{
    /// <summary>Seats played from outside answer the draft all at once, knowing only their own
    /// preferences: turn-taking protocols (alternating offers) and complete-information ones
    /// (Zeuthen, whose briefs carry every country's profile) stay with the built-in strategies.</summary>
    /// <returns>Why the summit can't take outside seats, or null when it can.</returns>
    public static string? Problem(Summit summit) =>
        summit.TakesTurns || summit.Briefs() is [{ Table.IsEmpty: false }, ..]
            ? $"Protocol '{summit.Rules.Protocol}' keeps every seat with the built-in strategies: a person or an agent " +
              "can only play where everyone answers at once on private information (single-negotiating-text, partial-consensus)."
            : null;
}
