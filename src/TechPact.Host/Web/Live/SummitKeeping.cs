namespace TechPact.Host.Web.Live;

/// <summary>Keeps the cluster's self-playing summits playing and this server's page up to date
/// with them. Every few seconds: wake every summit the cluster lists as running (a summit whose
/// silo died, or that ran before this server restarted, activates from its stored log and plays
/// on; one already playing ignores it), follow it here if this server doesn't know it yet, and
/// read the log of every summit still running here, in case a round notice was lost. At the start, it
/// follows the summits the directory lists that this server never heard of (finished before it started).</summary>
public sealed class SummitKeeping(IGrainFactory grains, LiveSummits live, ILogger<SummitKeeping> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Every);
        var caughtUp = false;
        try
        {
            do
            {
                try
                {
                    // Once: the finished summits the cluster lists, which this server never heard of.
                    if (!caughtUp) await live.CatchUpAsync();
                    caughtUp = true;
                    await KeepAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Waking the running summits failed; retrying"); }
            } while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) { }
    }

    private async Task KeepAsync()
    {
        var running = await RunningSummits.Of(grains).List();
        foreach (var (summitId, pace) in running)
        {
            await Guarded(summitId, async summit =>
            {
                if (live.Find(summitId) is null)
                {
                    var log = await summit.GetLog();
                    live.Track(summitId, log.Scenario, log.Rules, log.Transcript);
                }
                await summit.Autoplay(pace);
            });
        }
        foreach (var replica in live.All().Where(r => !r.IsOver))
            await Guarded(replica.SummitId, async summit => replica.Replace(await summit.GetTranscript()));
    }

    /// <summary>One summit's trouble (its silo just died; it was never stored) must not stop the others.</summary>
    private async Task Guarded(string summitId, Func<ISummitGrain, Task> keep)
    {
        try { await keep(grains.GetGrain<ISummitGrain>(summitId)); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogDebug(e, "Summit {SummitId}: not reachable now", summitId); }
    }
}
