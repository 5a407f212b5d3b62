namespace TechPact.Negotiation.Negotiators;

/// <summary>Decides one country's move in a round, with the player its summit's protocol defines for a
/// country (as a NegMAS mechanism defines its negotiator type): the BOA player of the text and offer
/// protocols (<see cref="BoaNegotiator"/>) or the Zeuthen player of monotonic concession. This is the
/// AI a seat falls back on.</summary>
public sealed class CountryNegotiator(CountryBrief brief) : INegotiator
{
    private readonly INegotiator _player = ProtocolCatalog.Create(brief.Rules.Protocol).Negotiator(brief);

    public CountryBrief Brief { get; } = brief;

    public CountryMove Respond(RoundContext context) => _player.Respond(context);
}
