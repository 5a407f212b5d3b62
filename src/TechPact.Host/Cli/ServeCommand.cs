using System.CommandLine;
using TechPact.Host.Silo;
using TechPact.Host.Web;

namespace TechPact.Host.Cli;

/// <summary>`techpact serve [--urls http://127.0.0.1:5000] [--scenarios DIR] [--gateway-port N] [--redis HOST:PORT]`:
/// the live page, the API and the Orleans Dashboard, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(CliStreams streams)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback only).", DefaultValueFactory = _ => ServeOptions.DefaultUrls };
        var scenarios = new Option<string>("--scenarios") { Description = "Folder of scenario files to offer.", DefaultValueFactory = _ => "scenarios" };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Orleans gateway port for `run --connect` (default: a free port)." };
        var redis = new Option<string?>("--redis") { Description = "Keep grain state and cluster membership in Redis at HOST:PORT; servers on one Redis form one cluster." };
        var command = new Command("serve", "Host the live negotiation page, the HTTP API and the Orleans Dashboard.") { urls, scenarios, gatewayPort, redis };
        command.SetAction(async (parsed, cancellation) =>
        {
            if (ClusterBacking.Check(parsed.GetValue(redis)) is { } badRedis)
            {
                await streams.Error.WriteLineAsync($"error: {badRedis}");
                return ExitCodes.InvalidInput;
            }
            var options = new ServeOptions(parsed.GetValue(urls)!, parsed.GetValue(scenarios)!, parsed.GetValue(gatewayPort))
            {
                Backing = new ClusterBacking(parsed.GetValue(redis)),
            };
            if (WebOptions.Check(options, streams.Error) is { } invalid) return invalid;
            if (!Directory.Exists(options.ScenariosFolder))
                await streams.Error.WriteLineAsync($"warning: no scenario folder at {Path.GetFullPath(options.ScenariosFolder)}; the page will offer none");
            return await WebOptions.HostUntilStoppedAsync(options, streams, cancellation, _ => Task.FromResult(ExitCodes.Completed));
        });
        return command;
    }
}
