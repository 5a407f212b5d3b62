namespace TechPact.Contracts.Countries;

/// <summary>Country grains are per summit: the same country at two summits is two grains.</summary>
public static class CountryKey
{
    public static string For(string summitId, string countryId) => $"{summitId}/{countryId}";
}
