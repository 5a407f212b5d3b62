using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using StackExchange.Redis;
using TechPact.Contracts.Summits;
using TechPact.Durability.Tests.Fixtures;
using TechPact.Grains.Summits.Storage;
using TechPact.Scenarios.Reports;

namespace TechPact.Durability.Tests.Cluster;

/// <summary>The Redis summit log appends a page only at the length it names: a second activation of one
/// summit writing a page that exists (or skipping one) is refused and leaves the log as it was.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisSummitLogTests(RedisServer redis)
{
    [RedisFact]
    public async Task A_page_is_appended_once_at_its_place_and_a_stale_writer_changes_nothing()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 1);
        await cluster.DeployAsync();
        var scenario = Repo.SeedScenario();
        var summit = cluster.Client.GetGrain<ISummitGrain>($"opened-{Guid.NewGuid():N}");
        await summit.Open(scenario, scenario.Rules);
        var opening = await summit.GetLog();
        var store = cluster.GetSiloServiceProvider().GetRequiredService<ISummitLogStore>();
        var id = GrainId.Create("summit", $"conflict-{Guid.NewGuid():N}");
        var page = opening.Transcript.Take(2).ToImmutableArray();

        await store.OpenAsync(id, opening);
        await store.AppendAsync(id, 1, page);
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.OpenAsync(id, opening));
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.AppendAsync(id, 1, page));
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.AppendAsync(id, 3, page));
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.AppendAsync(GrainId.Create("summit", $"never-{Guid.NewGuid():N}"), 1, page));

        var stored = await store.ReadAsync(id);
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Pages);
        // Compared as the transcript file: the records hold immutable arrays, which compare by reference.
        Assert.Equal(TranscriptJsonl.Write(scenario, [.. opening.Transcript, .. page]), TranscriptJsonl.Write(scenario, stored.Log.Transcript));
        await store.AppendAsync(id, 2, page);
        Assert.Equal(3, (await store.ReadAsync(id))!.Pages);
    }
}
