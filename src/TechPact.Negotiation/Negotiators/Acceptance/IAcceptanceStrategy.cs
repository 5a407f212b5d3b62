namespace TechPact.Negotiation.Negotiators.Acceptance;

/// <summary>Decides whether to accept the text or offer on the table (the "A" of BOA). The caller has
/// already ruled out what no strategy may accept: an incomplete package, a red line, less than the
/// reservation.</summary>
public interface IAcceptanceStrategy
{
    bool Accepts(AcceptanceInput input);
}

/// <param name="Time">Fraction of the deadline felt to have passed, 0..1.</param>
/// <param name="OfferUtility">Own utility of what is on the table.</param>
/// <param name="NextBidUtility">Own utility of the bid it would make instead (its aspiration this round).</param>
/// <param name="RoundDiscount">What one more round of delay multiplies its utility by (d^(1/deadline); 1 without discounting).</param>
/// <param name="EarlierOffers">Own utility of what was on the table in earlier rounds, with the time each was
/// on the table, oldest first (as far back as the round context remembers).</param>
/// <param name="Threshold">T: the time after which the time-based conditions apply.</param>
public sealed record AcceptanceInput(double Time, double OfferUtility, double NextBidUtility, double RoundDiscount,
    IReadOnlyList<(double Time, double Utility)> EarlierOffers, double Threshold);
