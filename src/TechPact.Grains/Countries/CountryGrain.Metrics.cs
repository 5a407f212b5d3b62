using TechPact.Grains.Telemetry;
using TechPact.Negotiation.Negotiators;

namespace TechPact.Grains.Countries;

/// <summary>Every move a country commits counts toward the negotiation counters.</summary>
public sealed partial class CountryGrain
{
    private CountryMove Counted(CountryMove move)
    {
        (ServiceProvider.GetService(typeof(NegotiationMetrics)) as NegotiationMetrics)?.CountryCommitted(move.Concessions);
        return move;
    }
}
