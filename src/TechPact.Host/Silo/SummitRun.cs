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
        RoundView? round = null;
        do
        {
            cancellation.ThrowIfCancellationRequested();
            round = await NextRoundAsync(summit, round?.Round + 1 ?? 1, cancellation);
            onRound(round);
            if (pace > TimeSpan.Zero && round.Status == SummitStatus.Running) await Task.Delay(pace, cancellation);
        } while (round.Status == SummitStatus.Running);
        return await summit.GetTranscript();
    }

    /// <summary>How often a lost round call is retried: a silo dying takes the cluster seconds to notice.</summary>
    public static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(2);

    /// <summary>Plays round <paramref name="number"/>, retrying while its grain's silo is down: the
    /// grain reactivates elsewhere from its log, and the numbered call never plays a round twice.</summary>
    public static async Task<RoundView> NextRoundAsync(ISummitGrain summit, int number, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                return await summit.RunRound(number);
            }
            catch (Exception e) when (IsTransient(e) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException
            or Orleans.Storage.InconsistentStateException;
}
