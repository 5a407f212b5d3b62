namespace TechPact.Host.Silo;

/// <summary>Plays one summit through its grain, a round at a time, so the caller can show each round as it lands.</summary>
/// <param name="pace">A pause between rounds so a person watching can follow; zero: none.</param>
/// <param name="seats">Seats played by agents or people; none: every seat plays its strategy.</param>
public sealed class SummitRun(IGrainFactory grains, string summitId, TimeSpan pace = default, SeatPlan? seats = null)
{
    public async Task<IReadOnlyList<TranscriptEvent>> ExecuteAsync(Scenario scenario, NegotiationRules rules,
        Action<RoundView> onRound, CancellationToken cancellation)
    {
        var summit = grains.GetGrain<ISummitGrain>(summitId);
        await summit.Open(scenario, rules, seats ?? SeatPlan.None);
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

    /// <summary>How long one wait for a round's seats lasts before it is asked again (well inside Orleans' response timeout).</summary>
    private const int WaitSeconds = 15;

    /// <summary>Plays round <paramref name="number"/>: opens it, then waits (in bounded calls) for its seats
    /// to answer, retrying while its grain's silo is down: the grain reactivates elsewhere from its log,
    /// and the numbered calls never play a round twice.</summary>
    public static async Task<RoundView> NextRoundAsync(ISummitGrain summit, int number, CancellationToken cancellation)
    {
        var view = await Retrying(() => summit.StartRound(number), cancellation);
        while (view is null) view = await Retrying(() => summit.WaitForRound(number, WaitSeconds), cancellation);
        return view;
    }

    private static async Task<T> Retrying<T>(Func<Task<T>> call, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                return await call();
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
