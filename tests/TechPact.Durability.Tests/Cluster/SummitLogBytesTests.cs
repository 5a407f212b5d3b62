using System.Globalization;
using StackExchange.Redis;
using TechPact.Contracts.Summits;
using TechPact.Durability.Tests.Fixtures;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Durability.Tests.Cluster;

/// <summary>A durable summit sends Redis what each round adds, not its whole log again: the bytes Redis
/// receives for a round (INFO stats total_net_input_bytes around it) are the same at round 60 as at round
/// 5. Bounded ratios of medians, not timings. And the log a summit reactivates from is read in one request.</summary>
[Collection(RedisCollection.Name)]
public sealed class SummitLogBytesTests(RedisServer redis)
{
    private const int Rounds = 60;

    [RedisFact]
    public async Task The_bytes_a_round_sends_Redis_do_not_grow_with_the_rounds_before_it()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 1);
        await cluster.DeployAsync();
        await using var probe = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint + ",allowAdmin=true");
        var scenario = Deadlocked(Repo.SeedScenario());
        var summit = cluster.Client.GetGrain<ISummitGrain>($"bytes-{Guid.NewGuid():N}");
        await summit.Open(scenario, scenario.Rules);

        var perRound = new List<long>();
        for (var round = 1; round <= Rounds; round++)
        {
            var before = await InputBytesAsync(probe);
            Assert.Equal(SummitStatus.Running, (await summit.RunRound(round)).Status);
            perRound.Add(await InputBytesAsync(probe) - before);
        }

        // Medians: a membership heartbeat that lands inside one round's window is noise, not growth.
        var early = Median(perRound.Skip(1).Take(10));
        var late = Median(perRound.Skip(Rounds - 10));
        Assert.True(early > 0, "the rounds sent Redis nothing: the log is not stored there");
        Assert.True(late <= early * 1.25, $"a round sent {early} bytes early on and {late} bytes at round {Rounds}: the log is rewritten, not appended");
    }

    [RedisFact]
    public async Task A_summit_reactivated_from_Redis_reads_its_log_in_one_request_and_is_the_summit_stored()
    {
        await using var cluster = RedisTestCluster.Build(redis.Endpoint, 1);
        await cluster.DeployAsync();
        await using var probe = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint + ",allowAdmin=true");
        var scenario = Repo.SeedScenario();
        var summit = cluster.Client.GetGrain<ISummitGrain>($"reread-{Guid.NewGuid():N}");
        await summit.Open(scenario, scenario.Rules);
        for (var round = 1; round <= 4; round++) await summit.RunRound(round);
        var before = await summit.GetLog();

        await cluster.DeactivateAsync(summit);
        var ranges = await CommandCountAsync(probe, "lrange");
        var after = await summit.GetLog();

        Assert.Equal(1, await CommandCountAsync(probe, "lrange") - ranges);
        Assert.Equal(TranscriptJsonl.Write(scenario, before.Transcript), TranscriptJsonl.Write(after.Scenario, after.Transcript));
        Assert.Equal(Repo.UninterruptedJsonl(scenario, scenario.Rules), TranscriptJsonl.Write(scenario, (await summit.RunToEnd()) is { IsOver: true }
            ? await summit.GetTranscript() : throw new InvalidOperationException("the summit did not end")));
    }

    /// <summary>The seed table with reservations nobody's draft can meet: it plays every round up to its cap.</summary>
    private static Scenario Deadlocked(Scenario seed) => seed with
    {
        Countries = [.. seed.Countries.Select(c => c with { Reservation = 0.999 })],
        Events = [],
        Rules = seed.Rules with { MaxRounds = Rounds + 5 },
    };

    private static async Task<long> InputBytesAsync(ConnectionMultiplexer redis) =>
        long.Parse(await StatAsync(redis, "stats", "total_net_input_bytes"), CultureInfo.InvariantCulture);

    private static async Task<long> CommandCountAsync(ConnectionMultiplexer redis, string command)
    {
        var line = await StatAsync(redis, "commandstats", $"cmdstat_{command}");
        // calls=3,usec=...
        return line.Length == 0 ? 0 : long.Parse(line.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task<string> StatAsync(ConnectionMultiplexer redis, string section, string key)
    {
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var info = await server.InfoAsync(section);
        return info.SelectMany(g => g).FirstOrDefault(p => p.Key == key).Value ?? "";
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
