namespace TechPact.Contracts.Summits;

/// <summary>The summits that play on by themselves (<see cref="ISummitGrain.Autoplay"/>) and have
/// not concluded, with their pace; stored, so every server can wake them after a silo dies or a
/// restart. One per cluster.</summary>
[Alias("techpact.IRunningSummitsGrain")]
public interface IRunningSummitsGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task Add(string summitId, TimeSpan pace);

    [Alias("Remove")]
    Task Remove(string summitId);

    [Alias("List")]
    Task<ImmutableDictionary<string, TimeSpan>> List();
}

public static class RunningSummits
{
    public const string Key = "all";

    public static IRunningSummitsGrain Of(IGrainFactory grains) => grains.GetGrain<IRunningSummitsGrain>(Key);
}
