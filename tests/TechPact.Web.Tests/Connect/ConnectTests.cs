using System.Diagnostics;
using System.Text.Json;
using TechPact.Host.Cli;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Connect;

public sealed class ConnectTests
{
    [Fact]
    public async Task A_run_connected_to_a_serve_in_another_process_shows_on_that_servers_api()
    {
        await using var serve = await ServeProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = serve.Web, Timeout = TimeSpan.FromSeconds(30) };

        var (exit, output, error) = await RunCliAsync("run", Repo.SeedScenario, "--connect", serve.Gateway, "--seed", "9", "--json");
        Assert.True(exit == ExitCodes.Completed, error);
        var result = JsonDocument.Parse(output).RootElement;

        // The summit's rounds reach the server's page through the summit directory, one-way: wait for the last one.
        JsonElement mine = default;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var all = JsonDocument.Parse(await http.GetStringAsync("/api/summits")).RootElement;
            mine = all.EnumerateArray().FirstOrDefault(s => s.GetProperty("seed").GetInt64() == 9);
            if (mine.ValueKind != JsonValueKind.Undefined && mine.GetProperty("status").GetString() != "running") break;
            await Task.Delay(250);
        }
        Assert.NotEqual(JsonValueKind.Undefined, mine.ValueKind);
        Assert.Equal(result.GetProperty("status").GetString(), mine.GetProperty("status").GetString());
        Assert.Equal(result.GetProperty("rounds").GetInt32(), mine.GetProperty("round").GetInt32());
        Assert.Equal(Pairs(result.GetProperty("agreement")), Pairs(mine.GetProperty("agreement")));
        Assert.NotEmpty(Pairs(mine.GetProperty("agreement")));
    }

    [Fact]
    public async Task Connecting_to_a_closed_port_fails_fast_with_a_clear_message()
    {
        var closed = TechPact.Host.Silo.FreePorts.Take(1)[0];
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await RunCliAsync("run", Repo.SeedScenario, "--connect", $"127.0.0.1:{closed}");
        clock.Stop();

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains($"error: no TechPact server at 127.0.0.1:{closed}", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.Equal("", output);
        // Not a hang: the connect timeout is 3 s; a generous bound that still catches a 30 s client default.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("127.0.0.1:99999")]
    public async Task A_connect_address_that_is_not_host_and_port_is_refused(string address)
    {
        var (exit, _, error) = await RunCliAsync("run", Repo.SeedScenario, "--connect", address);
        Assert.NotEqual(ExitCodes.Completed, exit);
        Assert.Contains("is not HOST:PORT", error);
    }

    [Theory]
    [InlineData("--pace", "soon")]
    [InlineData("--pace", "5m")]
    public async Task A_bad_pace_is_invalid_input(string option, string value)
    {
        var (exit, _, error) = await RunCliAsync("run", Repo.SeedScenario, option, value);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("--pace", error);
    }

    [Fact]
    public async Task Serve_refuses_to_listen_beyond_loopback()
    {
        var (exit, _, error) = await RunCliAsync("serve", "--urls", "http://0.0.0.0:5000");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("loopback", error);
    }

    private static List<(string, string?)> Pairs(JsonElement map) =>
        map.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString())).OrderBy(p => p.Name).ToList();

    private static async Task<(int Exit, string Out, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TechPactCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
