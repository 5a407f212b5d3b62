namespace TechPact.Grains.Summits;

/// <summary>The stored list of summits that play on by themselves, with their pace.</summary>
public sealed class RunningSummitsGrain([PersistentState("running")] IPersistentState<RunningSummitsState> state)
    : Grain, IRunningSummitsGrain
{
    public async Task Add(string summitId, TimeSpan pace)
    {
        if (state.State.Summits.TryGetValue(summitId, out var known) && known == pace) return;
        state.State = new RunningSummitsState(state.State.Summits.SetItem(summitId, pace));
        await state.WriteStateAsync();
    }

    public async Task Remove(string summitId)
    {
        if (!state.State.Summits.ContainsKey(summitId)) return;
        state.State = new RunningSummitsState(state.State.Summits.Remove(summitId));
        await state.WriteStateAsync();
    }

    public Task<ImmutableDictionary<string, TimeSpan>> List() => Task.FromResult(state.State.Summits);
}

/// <summary>Summit id → pace between rounds.</summary>
[GenerateSerializer, Immutable, Alias("techpact.RunningSummitsState")]
public sealed record RunningSummitsState([Id(0)] ImmutableDictionary<string, TimeSpan> Summits)
{
    public RunningSummitsState() : this(ImmutableDictionary<string, TimeSpan>.Empty.WithComparers(StringComparer.Ordinal)) { }
}
