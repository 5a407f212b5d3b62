using Orleans.Configuration;

namespace TechPact.Host.Silo;

/// <summary>An Orleans client of a running `techpact serve`, for `run --connect`: the summit's
/// grains live in the server, so its dashboard and live page show the run.</summary>
public sealed class GatewayClient : IAsyncDisposable
{
    /// <summary>How long a plain TCP connection to the gateway may take: a closed port refuses at once.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How long the Orleans handshake may take once the port answers (a loaded machine is slow).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(20);

    private readonly IHost _host;

    private GatewayClient(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Parses HOST:PORT (a name, IPv4 or [IPv6], and a port).</summary>
    public static async Task<IPEndPoint?> ResolveAsync(string hostAndPort, CancellationToken cancellation)
    {
        var colon = hostAndPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostAndPort[(colon + 1)..], out var port) || port is < 1 or > 65535) return null;
        var host = hostAndPort[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out var address)) return new IPEndPoint(address, port);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellation);
            var chosen = addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
            return chosen is null ? null : new IPEndPoint(chosen, port);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return null;
        }
    }

    /// <returns>The connected client, or null with the reason when no server answers in time.</returns>
    public static async Task<(GatewayClient? Client, string? Problem)> ConnectAsync(IPEndPoint gateway, CancellationToken cancellation)
    {
        // The Orleans client keeps retrying a refused gateway until its timeout; a TCP probe says "nobody there" at once.
        if (await ProbeAsync(gateway, cancellation) is { } refused) return (null, refused);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // The client logs each failed connection attempt with a stack trace; the CLI says it once, plainly.
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .UseStaticClustering(gateway)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (TechPactSilo.ServeClusterId, TechPactSilo.ServiceId)));
        var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token);
            return (new GatewayClient(host), null);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            host.Dispose();
            return (null, e is OperationCanceledException ? $"no answer within {ConnectTimeout.TotalSeconds:0} s" : e.Message);
        }
    }

    private static async Task<string?> ProbeAsync(IPEndPoint gateway, CancellationToken cancellation)
    {
        using var socket = new System.Net.Sockets.Socket(gateway.AddressFamily, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await socket.ConnectAsync(gateway, timeout.Token);
            return null;
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return e.SocketErrorCode == System.Net.Sockets.SocketError.ConnectionRefused ? "connection refused" : e.Message;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return $"no answer within {ProbeTimeout.TotalSeconds:0} s";
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await _host.StopAsync(timeout.Token); }
        catch (OperationCanceledException) { }
        _host.Dispose();
    }
}
