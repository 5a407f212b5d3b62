namespace TechPact.Negotiation.Negotiators;

/// <summary>A country's player under one protocol: given what the table shows this round, its move.
/// Stateless between rounds (everything it remembers comes back in the <see cref="RoundContext"/>), so a
/// retried round gives the same move.</summary>
public interface INegotiator
{
    CountryMove Respond(RoundContext context);
}
