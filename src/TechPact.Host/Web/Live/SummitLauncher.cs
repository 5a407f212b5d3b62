namespace TechPact.Host.Web.Live;

/// <summary>Starts summits for the page and the API; each then plays its own rounds in the cluster
/// (<see cref="ISummitGrain.Autoplay"/>), a pause between rounds so a person can follow. The rounds
/// reach the page through the directory like any other summit's.</summary>
public sealed class SummitLauncher(IGrainFactory grains, LiveSummits live)
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
        // The summit plays itself, in the cluster: it outlives this process (see SummitKeeping).
        await summit.Autoplay(pace);
        return replica;
    }

    /// <summary>Forks a summit the cluster knows after <paramref name="atRound"/> rounds under a new
    /// seed, and lets the fork play itself: it appears on the page beside its parent.</summary>
    public async Task<SummitReplica> ForkAsync(string parentId, int atRound, long? seed, TimeSpan pace)
    {
        var parentGrain = grains.GetGrain<ISummitGrain>(parentId);
        var parent = await parentGrain.GetLog();
        var rules = parent.Rules with { Seed = seed ?? parent.Rules.Seed };
        var summitId = $"{parentId}-fork{atRound}-{Guid.NewGuid().ToString("N")[..6]}";
        var fork = grains.GetGrain<ISummitGrain>(summitId);
        // A classroom table's fork shows its rounds, confidential figures and all: it belongs to the same session.
        var owner = (await parentGrain.GetView()).Owner;
        await fork.OpenFork(parent, atRound, rules, [], TechPact.Contracts.Seats.SeatPlan.None with { Owner = owner });
        var replica = live.Track(summitId, parent.Scenario, rules, await fork.GetTranscript());
        await fork.Autoplay(pace);
        return replica;
    }
}
