using TechPact.Durability.Tests.Fixtures;

namespace TechPact.Durability.Tests.Processes;

/// <summary>Real `techpact serve --redis` processes: two form one cluster and one finishes what
/// the other started when it dies; a server stopped mid-summit picks the summit up where it was
/// when it starts again. The result is the uninterrupted run's, byte for byte.</summary>
[Collection(RedisCollection.Name)]
public sealed class ServeClusterTests(RedisServer redis)
{
    private const long Seed = 7;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private static string Expected()
    {
        var scenario = Repo.SeedScenario();
        return Repo.UninterruptedJsonl(scenario, scenario.RulesWith(Seed));
    }

    [RedisFact]
    public async Task A_summit_started_on_one_server_is_seen_on_the_other_which_finishes_it_when_the_first_dies()
    {
        await using var first = await ServeProcess.StartAsync(redis.Endpoint);
        await using var second = await ServeProcess.StartAsync(redis.Endpoint);

        var id = await first.StartSummitAsync(Seed, paceMs: 1000);
        var seen = await second.WaitForAsync(id, _ => true, Limit);
        Assert.Equal("running", seen.Status);

        await first.KillAsync();
        var end = await second.WaitForAsync(id, s => s.Status != "running", Limit);

        Assert.NotEqual("running", end.Status);
        Assert.Equal(Expected(), await second.TranscriptAsync(id));
    }

    [RedisFact]
    public async Task A_server_stopped_mid_summit_resumes_it_at_the_same_round_when_it_starts_again()
    {
        string id;
        int stoppedAt;
        await using (var server = await ServeProcess.StartAsync(redis.Endpoint))
        {
            id = await server.StartSummitAsync(Seed, paceMs: 500);
            stoppedAt = (await server.WaitForAsync(id, s => s.Round >= 2, Limit)).Round;
            await server.StopAsync();
        }

        await using var restarted = await ServeProcess.StartAsync(redis.Endpoint);
        var resumed = await restarted.WaitForAsync(id, _ => true, Limit);
        // Not from the start: at least where it was seen last before the stop.
        Assert.True(resumed.Round >= stoppedAt, $"resumed at round {resumed.Round}, stopped after {stoppedAt}");
        var end = await restarted.WaitForAsync(id, s => s.Status != "running", Limit);

        Assert.NotEqual("running", end.Status);
        Assert.True(end.Round > stoppedAt, "no round was played after the restart");
        Assert.Equal(Expected(), await restarted.TranscriptAsync(id));
    }

    /// <summary>Issue 13, "servers forget": a finished summit is listed and answered by a server that
    /// started after it finished and by a second server beside it, from storage, after the first server
    /// released it from memory (--release-after 1).</summary>
    [RedisFact]
    public async Task A_finished_summit_is_listed_and_answered_by_a_restarted_server_and_by_a_second_one()
    {
        string id;
        await using (var first = await ServeProcess.StartAsync(redis.Endpoint, "--release-after", "1"))
        {
            id = await first.StartSummitAsync(Seed, paceMs: 0);
            await first.WaitForAsync(id, s => s.Status != "running", Limit);
            await first.StopAsync();
        }

        await using var restarted = await ServeProcess.StartAsync(redis.Endpoint, "--release-after", "1");
        await using var second = await ServeProcess.StartAsync(redis.Endpoint, "--release-after", "1");

        // The restarted server lists it (it catches up with the directory as it starts) …
        var listed = DateTime.UtcNow + Limit;
        while (!(await restarted.Http.GetStringAsync("/api/summits")).Contains($"\"{id}\"", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < listed, $"the restarted server never listed {id}");
            await Task.Delay(250);
        }
        // … and both answer for it, with the transcript of the run that finished on the first server.
        foreach (var server in new[] { restarted, second })
        {
            var state = await server.StateAsync(id);
            Assert.NotNull(state);
            Assert.NotEqual("running", state.Value.Status);
            Assert.Equal(Expected(), await server.TranscriptAsync(id));
        }
        // Released from memory after a second idle, and answered again from storage.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(Expected(), await second.TranscriptAsync(id));
        Assert.Null(await second.StateAsync($"never-opened-{Guid.NewGuid():N}"));
    }
}
