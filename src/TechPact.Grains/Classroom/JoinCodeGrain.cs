using Orleans.Runtime;
using TechPact.Contracts.Classroom;

namespace TechPact.Grains.Classroom;

[GenerateSerializer, Alias("techpact.classroom.JoinCodeState")]
public sealed class JoinCodeState
{
    [Id(0)] public string? SessionId { get; set; }
}

/// <summary>A join code points at its session, so /join needs nothing but the code.</summary>
public sealed class JoinCodeGrain([PersistentState("joincode")] IPersistentState<JoinCodeState> state) : Grain, IJoinCodeGrain
{
    public async Task<bool> Claim(string sessionId)
    {
        if (state.State.SessionId is { } held) return held == sessionId;
        state.State.SessionId = sessionId;
        await state.WriteStateAsync();
        return true;
    }

    public Task<string?> Resolve() => Task.FromResult(state.State.SessionId);
}
