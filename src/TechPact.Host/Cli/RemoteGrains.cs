namespace TechPact.Host.Cli;

/// <summary>`run --connect HOST:PORT`: the client of a running server, or a plain error (never a hang).</summary>
public static class RemoteGrains
{
    public static async Task<GatewayClient?> ConnectAsync(string hostAndPort, CliStreams streams, CancellationToken cancellation)
    {
        var gateway = await GatewayClient.ResolveAsync(hostAndPort, cancellation);
        if (gateway is null)
        {
            await streams.Error.WriteLineAsync($"error: --connect: '{hostAndPort}' is not HOST:PORT (the gateway `techpact serve` prints)");
            return null;
        }
        var (client, problem) = await GatewayClient.ConnectAsync(gateway, cancellation);
        if (client is null)
            await streams.Error.WriteLineAsync($"error: no TechPact server at {gateway} ({problem}). Start one with `techpact serve` and use the gateway it prints.");
        return client;
    }
}
