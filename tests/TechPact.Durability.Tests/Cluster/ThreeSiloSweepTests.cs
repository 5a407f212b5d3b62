using TechPact.Contracts.Summits;
using TechPact.Durability.Tests.Fixtures;
using TechPact.Host.Experiments;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Scenarios.Reports.Experiments;

namespace TechPact.Durability.Tests.Cluster;

/// <summary>Issue 14's cluster figure as a test: the same sweep played on three silos (on Redis, as three
/// `serve` machines form one cluster) writes the very sweep.json of the pure engine's sweep, though its
/// runs' summits and countries live on different silos and every scenario crosses a silo boundary.</summary>
[Collection(RedisCollection.Name)]
public sealed class ThreeSiloSweepTests(RedisServer redis)
{
    private const int Runs = 60;
    private const int Parallel = 12;

    [RedisFact]
    public async Task A_sweep_on_three_silos_writes_the_sweep_json_of_the_pure_engine()
    {
        var plan = new SweepPlan(Repo.SeedScenario(), Runs, 2025, VarySpec.Default);
        var pure = Enumerable.Range(0, Runs).Select(i => RunSummary.Play(plan.Run(i), plan.Baseline)).ToArray();
        var expected = ExperimentJson.Sweep(plan, SweepResult.Aggregate(plan, pure));

        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 3, TimeSpan.FromSeconds(40));
        await cluster.DeployAndSettleAsync();
        var id = $"sweep-{Guid.NewGuid():N}";
        var hosted = await GrainExperiment.RunAsync(cluster.Client, plan, Parallel, id);

        Assert.Equal(expected, ExperimentJson.Sweep(plan, SweepResult.Aggregate(plan, hosted)));
        // The workers' summits were spread over the cluster (placement is random: with 12 of them, all on one
        // silo would be a 1 in 3^11 chance).
        var hosts = new HashSet<string>();
        for (var w = 0; w < Parallel; w++) hosts.Add((await cluster.Client.GetGrain<ISummitGrain>($"{id}-w{w}").GetHost()).ToString());
        Assert.True(hosts.Count >= 2, $"every run played on one silo ({string.Join(", ", hosts)})");
    }
}
