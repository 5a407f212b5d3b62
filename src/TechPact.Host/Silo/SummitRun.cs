using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Silo;

/// <summary>Plays one summit through its grain, a round per call, so the caller can show each round as it lands.</summary>
public sealed class SummitRun(IGrainFactory grains, string summitId)
{
    public async Task<IReadOnlyList<TranscriptEvent>> ExecuteAsync(Scenario scenario, NegotiationRules rules,
        Action<RoundView> onRound, CancellationToken cancellation)
    {
        var summit = grains.GetGrain<ISummitGrain>(summitId);
        await summit.Open(scenario, rules);
        RoundView round;
        do
        {
            cancellation.ThrowIfCancellationRequested();
            round = await summit.RunRound();
            onRound(round);
        } while (round.Status == SummitStatus.Running);
        return await summit.GetTranscript();
    }
}
