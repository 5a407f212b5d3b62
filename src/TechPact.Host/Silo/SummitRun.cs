using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Silo;

/// <summary>Plays one summit through its grain, a round per call, so the caller can show each round as it lands.</summary>
/// <param name="pace">A pause between rounds so a person watching can follow; zero: none.</param>
public sealed class SummitRun(IGrainFactory grains, string summitId, TimeSpan pace = default)
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
            if (pace > TimeSpan.Zero && round.Status == SummitStatus.Running) await Task.Delay(pace, cancellation);
        } while (round.Status == SummitStatus.Running);
        return await summit.GetTranscript();
    }
}
