using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Web.Live;

/// <summary>Starts summits for the page and the API and plays their rounds in the background,
/// a pause between rounds so a person can follow. The rounds reach the page through the
/// directory like any other summit's.</summary>
public sealed class SummitLauncher(IGrainFactory grains, LiveSummits live, IHostApplicationLifetime lifetime, ILogger<SummitLauncher> logger)
{
    public const int MaxPaceMs = 60_000;

    public async Task<SummitReplica> StartAsync(Scenario scenario, long? seed, TimeSpan pace)
    {
        var rules = scenario.RulesWith(seed);
        var summitId = $"{scenario.Id}-{Guid.NewGuid().ToString("N")[..8]}";
        var summit = grains.GetGrain<ISummitGrain>(summitId);
        await summit.Open(scenario, rules);
        // Tracked here too, so the id the caller gets back answers at once even if the announcement is still in flight.
        var replica = live.Track(summitId, scenario, rules, await summit.GetTranscript());
        _ = Task.Run(() => PlayAsync(summit, summitId, pace, lifetime.ApplicationStopping));
        return replica;
    }

    private async Task PlayAsync(ISummitGrain summit, string summitId, TimeSpan pace, CancellationToken stopping)
    {
        try
        {
            RoundView round;
            do
            {
                if (pace > TimeSpan.Zero) await Task.Delay(pace, stopping);
                round = await summit.RunRound();
            } while (round.Status == SummitStatus.Running && !stopping.IsCancellationRequested);
        }
        catch (OperationCanceledException) { }
        catch (Exception e)
        {
            logger.LogError(e, "Summit {SummitId} stopped with an error", summitId);
        }
    }
}
