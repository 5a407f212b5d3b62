using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TechPact.Durability.Tests.Fixtures;
using TechPact.Host.Cli;
using TechPact.Host.Silo;

namespace TechPact.Durability.Tests.Processes;

/// <summary>Redis going away, as a server and as the command line see it. Before: /healthz kept
/// saying "ok", a POST waited 5 s for an empty 500, and `run --redis` with no Redis printed a
/// 130-line stack trace.</summary>
public sealed class RedisDownTests(Xunit.Abstractions.ITestOutputHelper log)
{
    [RedisFact]
    public async Task When_redis_stops_healthz_fails_and_writes_get_a_clear_503_at_once()
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        await using var server = await ServeProcess.StartAsync(redis.Endpoint);
        try
        {
            using (var healthy = await server.Http.GetAsync("/healthz")) Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);

            await redis.DisposeAsync(); // kills redis-server

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            HttpResponseMessage health;
            while ((health = await server.Http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline)
            {
                health.Dispose();
                await Task.Delay(250);
            }
            using (health)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
                var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal("unavailable", body.GetProperty("status").GetString());
                Assert.Contains("Redis", body.GetProperty("storageProblem").GetString());
            }

            var clock = Stopwatch.StartNew();
            using var post = await server.Http.PostAsync("/api/summits",
                new StringContent("{\"scenario\": \"us-japan-korea\"}", System.Text.Encoding.UTF8, "application/json"));
            var took = clock.Elapsed;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
            Assert.NotNull(post.Headers.RetryAfter);
            var error = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
            // Answered by the storage gate from the probe, without a grain call waiting out Redis's timeouts.
            Assert.Contains("is not answering", error);
            Assert.Contains("nothing was changed", error);
            log.WriteLine($"POST with Redis down: {(int)post.StatusCode} in {took.TotalMilliseconds:0} ms: {error}");
        }
        finally
        {
            await server.KillAsync();
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("serve")]
    public async Task With_redis_unreachable_the_command_line_says_so_in_one_line(string verb)
    {
        var closed = $"127.0.0.1:{FreePorts.Take(1)[0]}";
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = verb == "run" ? ["run", Path.Combine(Repo.Scenarios, "us-japan-korea.yaml"), "--redis", closed] : ["serve", "--redis", closed, "--urls", "http://127.0.0.1:0", "--scenarios", Repo.Scenarios];

        var exit = await TechPactCli.RunAsync(args, output, error);

        Assert.Equal(ExitCodes.Failed, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"error: Redis at {closed} is not answering (UnableToConnect); start it, or check --redis", Assert.Single(lines));
        Assert.Equal("", output.ToString());
    }
}
