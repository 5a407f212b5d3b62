namespace TechPact.Negotiation.Summits;

/// <summary>The run's fixed settings.</summary>
/// <param name="Noise">Jitter on each country's clock per round (0 = none): what makes seeds differ.</param>
public sealed record NegotiationRules(long Seed, int MaxRounds, string Protocol, double Noise)
{
    public const string SingleNegotiatingText = "single-negotiating-text";
}
