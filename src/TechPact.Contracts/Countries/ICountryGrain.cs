using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Countries;

/// <summary>One country at one summit, keyed "{summitId}/{countryId}" (see <see cref="CountryKey"/>).</summary>
[Alias("techpact.ICountryGrain")]
public interface ICountryGrain : IGrainWithStringKey
{
    /// <summary>Hands the country its confidential brief for the summit.</summary>
    [Alias("Brief")]
    Task Brief(CountryBrief brief);

    /// <summary>The country's move for the round: its commitments, acceptance and amendments.</summary>
    [Alias("Commit")]
    Task<CountryMove> Commit(RoundContext round);

    /// <summary>The silo this activation lives on, for operators and failover tests.</summary>
    [Alias("GetHost")]
    Task<SiloAddress> GetHost();
}
