using Orleans.TestingHost;
using TechPact.Contracts.Countries;
using TechPact.Contracts.Summits;
using TechPact.Durability.Tests.Fixtures;
using TechPact.Host.Silo;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Durability.Tests.Cluster;

/// <summary>Three silos on Redis: the silo hosting the summit, or one hosting a country, dies at
/// round 3; the round call is retried until the cluster has moved the grain, and the summit ends
/// with the very transcript of an uninterrupted run.</summary>
[Collection(RedisCollection.Name)]
public sealed class SiloKillTests(RedisServer redis)
{
    private const int KillAfterRound = 3;

    [RedisFact]
    public async Task Killing_the_summits_silo_at_round_3_changes_nothing_in_the_transcript()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 3);
        await cluster.DeployAsync();
        var (summit, scenario) = await OpenAndPlayAsync(cluster, KillAfterRound);

        var host = await summit.GetHost();
        await cluster.KillSiloAsync(SiloAt(cluster, host));

        var jsonl = await FinishAsync(summit, scenario, KillAfterRound);
        Assert.NotEqual(host, await summit.GetHost());
        Assert.Equal(Repo.UninterruptedJsonl(scenario, scenario.Rules), jsonl);
    }

    [RedisFact]
    public async Task Killing_a_countrys_silo_at_round_3_changes_nothing_in_the_transcript()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 3);
        await cluster.DeployAsync();
        var (summit, scenario) = await OpenAndPlayAsync(cluster, KillAfterRound);

        // A silo that hosts a country and, where the placement allows, not the summit.
        var summitHost = await summit.GetHost();
        var countryHosts = new List<SiloAddress>();
        foreach (var country in scenario.Countries)
            countryHosts.Add(await cluster.Client.GetGrain<ICountryGrain>(CountryKey.For(summit.GetPrimaryKeyString(), country.Id)).GetHost());
        var victim = countryHosts.FirstOrDefault(h => !h.Equals(summitHost)) ?? countryHosts[0];
        await cluster.KillSiloAsync(SiloAt(cluster, victim));

        var jsonl = await FinishAsync(summit, scenario, KillAfterRound);
        Assert.Equal(Repo.UninterruptedJsonl(scenario, scenario.Rules), jsonl);
    }

    [RedisFact]
    public async Task A_retried_round_returns_the_stored_result_and_is_not_played_again()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 1);
        await cluster.DeployAsync();
        var (summit, scenario) = await OpenAndPlayAsync(cluster, 2);

        var again = await summit.RunRound(2);
        var transcript = await summit.GetTranscript();

        Assert.Equal(2, again.Round);
        Assert.Equal(2, (await summit.GetView()).Round);
        Assert.Equal(transcript.Length, (await summit.GetTranscript()).Length);
        await Assert.ThrowsAsync<InvalidOperationException>(() => summit.RunRound(4));
        await Assert.ThrowsAsync<InvalidOperationException>(() => summit.RunRound(1));
        Assert.Equal(Repo.UninterruptedJsonl(scenario, scenario.Rules), await FinishAsync(summit, scenario, 2));
    }

    [RedisFact]
    public async Task A_summit_reactivated_from_Redis_is_the_summit_that_was_stored()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 1);
        await cluster.DeployAsync();
        var (summit, scenario) = await OpenAndPlayAsync(cluster, 3);
        var before = await summit.GetLog();

        await cluster.DeactivateAsync(summit);
        var after = await summit.GetLog();

        Assert.Equal(TranscriptJsonl.Write(scenario, before.Transcript), TranscriptJsonl.Write(after.Scenario, after.Transcript));
        Assert.Equal(3, (await summit.GetView()).Round);
    }

    private static async Task<(ISummitGrain Summit, Scenario Scenario)> OpenAndPlayAsync(InProcessTestCluster cluster, int rounds)
    {
        var scenario = Repo.SeedScenario();
        var summit = cluster.Client.GetGrain<ISummitGrain>($"durable-{Guid.NewGuid():N}");
        await summit.Open(scenario, scenario.Rules);
        for (var round = 1; round <= rounds; round++)
            Assert.Equal(SummitStatus.Running, (await summit.RunRound(round)).Status);
        return (summit, scenario);
    }

    /// <summary>Plays on from <paramref name="played"/>, retrying each round while the cluster recovers.</summary>
    private static async Task<string> FinishAsync(ISummitGrain summit, Scenario scenario, int played)
    {
        var round = played;
        RoundView view;
        do view = await SummitRun.NextRoundAsync(summit, ++round, CancellationToken.None);
        while (view.Status == SummitStatus.Running);
        return TranscriptJsonl.Write(scenario, await Retry(summit.GetTranscript));
    }

    private static async Task<T> Retry<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await call(); }
            catch (Exception) when (attempt < 20) { await Task.Delay(500); }
        }
    }

    private static InProcessSiloHandle SiloAt(InProcessTestCluster cluster, SiloAddress address) =>
        cluster.Silos.Single(s => s.SiloAddress.Equals(address));
}
