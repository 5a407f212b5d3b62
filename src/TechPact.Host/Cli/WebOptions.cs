using TechPact.Host.Web;

namespace TechPact.Host.Cli;

/// <summary>What `serve` and `run --dashboard` share: checking where to listen, starting the
/// server, printing its addresses and staying up until Ctrl+C.</summary>
public static class WebOptions
{
    /// <returns>An exit code when the options are invalid (message printed), else null.</returns>
    public static int? Check(ServeOptions options, TextWriter error)
    {
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                error.WriteLine($"error: --urls: '{url}' is not an http:// address (e.g. {ServeOptions.DefaultUrls})");
                return ExitCodes.InvalidInput;
            }
            if (uri.Host is not ("127.0.0.1" or "localhost" or "[::1]"))
            {
                error.WriteLine($"error: --urls: '{url}' is not a loopback address; the server binds to 127.0.0.1 only");
                return ExitCodes.InvalidInput;
            }
        }
        if (options.GatewayPort is < 1 or > 65535)
        {
            error.WriteLine("error: --gateway-port must be from 1 to 65535");
            return ExitCodes.InvalidInput;
        }
        return null;
    }

    public static async Task<NegotiationServer?> StartAsync(ServeOptions options, CliStreams streams, CancellationToken cancellation)
    {
        try
        {
            var server = await NegotiationServer.StartAsync(options, cancellation);
            var web = server.Urls.FirstOrDefault() ?? options.Urls;
            await streams.Out.WriteLineAsync($"live page:  {web.TrimEnd('/')}/");
            await streams.Out.WriteLineAsync($"dashboard:  {web.TrimEnd('/')}/dashboard/");
            await streams.Out.WriteLineAsync($"gateway:    {server.Gateway}  (techpact run <scenario> --connect {server.Gateway})");
            await streams.Out.FlushAsync(cancellation);
            return server;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OrleansException)
        {
            await streams.Error.WriteLineAsync($"error: could not start the server on {options.Urls}: {e.Message}");
            return null;
        }
    }

    /// <summary>Starts the server, runs <paramref name="work"/> on it, then stays up until cancelled (Ctrl+C).</summary>
    public static async Task<int> HostUntilStoppedAsync(ServeOptions options, CliStreams streams, CancellationToken cancellation,
        Func<NegotiationServer, Task<int>> work)
    {
        await using var server = await StartAsync(options, streams, cancellation);
        if (server is null) return ExitCodes.Failed;
        var exit = await work(server);
        await streams.Out.WriteLineAsync("Press Ctrl+C to stop.");
        await streams.Out.FlushAsync(CancellationToken.None);
        try { await Task.Delay(Timeout.Infinite, cancellation); }
        catch (OperationCanceledException) { }
        return exit;
    }
}
