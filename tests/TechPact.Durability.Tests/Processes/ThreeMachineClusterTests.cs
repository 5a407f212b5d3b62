using System.Net;
using TechPact.Contracts.Summits;
using TechPact.Durability.Tests.Fixtures;
using TechPact.Host.Silo;
using TechPact.Host.Web.Security;

namespace TechPact.Durability.Tests.Processes;

/// <summary>Three `serve` processes standing in for three machines: each advertises its own
/// address (127.0.0.1, .2, .3) and binds the same silo, gateway and web ports on it, as three
/// machines would, and they form one cluster on a real redis-server with no code change. The
/// silo hosting a running summit is killed; the others finish it, byte for byte as an
/// uninterrupted run.</summary>
[Collection(RedisCollection.Name)]
public sealed class ThreeMachineClusterTests(RedisServer redis, Xunit.Abstractions.ITestOutputHelper log)
{
    private const long Seed = 11;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(180);

    [RedisFact]
    public async Task Three_machines_form_one_cluster_and_finish_a_summit_whose_silo_is_killed()
    {
        var ports = FreePorts.Take(3); // free on 127.0.0.1; the same ports are then used on .2 and .3 too
        var machines = new List<ServeProcess>();
        try
        {
            foreach (var address in new[] { "127.0.0.1", "127.0.0.2", "127.0.0.3" })
                machines.Add(await ServeProcess.StartAsync(redis.Endpoint, "--advertise", address, "--silo-port", $"{ports[0]}",
                    "--gateway-port", $"{ports[1]}", "--urls", $"http://{address}:{ports[2]}"));
            Assert.Equal(["127.0.0.1", "127.0.0.2", "127.0.0.3"], machines.Select(m => m.Http.BaseAddress!.Host));
            Assert.All(machines, m => Assert.EndsWith($":{ports[1]}", m.Gateway));
            await WaitForActiveSilosAsync(machines, 3);

            var id = await machines[0].StartSummitAsync(Seed, paceMs: 1500);
            await machines[0].WaitForAsync(id, s => s.Round >= 2, Limit);
            var host = await HostOfAsync(machines[1].Gateway, id);
            var victim = machines.Single(m => m.Http.BaseAddress!.Host == host.Endpoint.Address.ToString());
            log.WriteLine($"summit {id} runs on {host}; killing that server at round {(await victim.StateAsync(id))?.Round}");
            await victim.KillAsync();

            var survivors = machines.Where(m => m != victim).ToList();
            var end = await survivors[0].WaitForAsync(id, s => s.Status != "running", Limit);
            Assert.NotEqual("running", end.Status);
            var scenario = Repo.SeedScenario();
            var expected = Repo.UninterruptedJsonl(scenario, scenario.RulesWith(Seed));
            foreach (var survivor in survivors) Assert.Equal(expected, await survivor.TranscriptAsync(id));
            var newHost = await HostOfAsync(survivors[0].Gateway, id);
            Assert.NotEqual(host, newHost);
            log.WriteLine($"finished {end.Status} after round {end.Round} on {newHost}; transcript identical to the uninterrupted run");
        }
        finally
        {
            foreach (var machine in machines) await machine.DisposeAsync();
        }
    }

    /// <summary>Every server's /healthz counts the same active silos: they see one cluster, not three.</summary>
    private static async Task WaitForActiveSilosAsync(IReadOnlyList<ServeProcess> machines, int count)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            var seen = new List<int>();
            foreach (var machine in machines)
            {
                try
                {
                    using var health = System.Text.Json.JsonDocument.Parse(await machine.Http.GetStringAsync("/healthz"));
                    seen.Add(health.RootElement.GetProperty("activeSilos").GetInt32());
                }
                catch (HttpRequestException) { seen.Add(0); }
            }
            if (seen.All(n => n == count)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"active silos seen by each server: {string.Join(", ", seen)}; expected {count}");
            await Task.Delay(500);
        }
    }

    /// <summary>Where the summit's grain is active, asked through a gateway as any Orleans client would.</summary>
    private static async Task<SiloAddress> HostOfAsync(string gateway, string summitId)
    {
        var endpoint = IPEndPoint.Parse(gateway);
        var (client, problem) = await GatewayClient.ConnectAsync(endpoint, CancellationToken.None);
        Assert.True(client is not null, problem);
        await using (client)
            return await client.Grains.GetGrain<ISummitGrain>(summitId).GetHost();
    }
}
