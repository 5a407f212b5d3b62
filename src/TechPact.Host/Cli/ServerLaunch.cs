namespace TechPact.Host.Cli;

/// <summary>What `serve` and `run --dashboard` share: checking where to listen, starting the
/// server, printing its addresses (and, when public, the students' address, its QR code and the
/// instructor's password) and staying up until Ctrl+C.</summary>
public static class ServerLaunch
{
    /// <returns>An exit code when the options are invalid (message printed), else null.</returns>
    public static int? Check(ServerOptions options, TextWriter error)
    {
        var (_, problem) = ListenAddresses.Parse(options.Urls, options.Public);
        if (problem is not null) return Invalid(error, $"--urls: {problem}");
        if (options.GatewayPort is < 1 or > 65535) return Invalid(error, "--gateway-port must be from 1 to 65535");
        if (options.SiloPort is < 1 or > 65535) return Invalid(error, "--silo-port must be from 1 to 65535");
        if (options.InstructorPassword is { Length: < ServerAccess.MinPasswordLength })
            return Invalid(error, $"the instructor password must be at least {ServerAccess.MinPasswordLength} characters (or leave it unset: one is generated)");
        if (options.InstructorPassword is not null && !options.Public)
            return Invalid(error, "an instructor password is for a --public server; on loopback nothing needs a login");
        if (!IPAddress.IsLoopback(options.Backing.Advertise) && options.Backing.Redis is null)
            return Invalid(error, "--advertise needs --redis: silos on several machines find each other through Redis");
        if (options.Backing.Kubernetes && options.Backing.Redis is null)
            return Invalid(error, "--kubernetes needs --redis for cluster membership and grain state");
        return null;
    }

    private static int Invalid(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return ExitCodes.InvalidInput;
    }

    public static async Task<NegotiationServer?> StartAsync(ServerOptions options, CliStreams streams, CancellationToken cancellation)
    {
        if (await options.Backing.ReachRedisAsync(cancellation) is { } unreachable)
        {
            await streams.Error.WriteLineAsync(unreachable);
            return null;
        }
        try
        {
            var server = await NegotiationServer.StartAsync(options, cancellation);
            await PrintAsync(server, streams.Out);
            await streams.Out.FlushAsync(cancellation);
            return server;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OrleansException or StackExchange.Redis.RedisException)
        {
            await streams.Error.WriteLineAsync($"error: could not start the server on {options.Urls}: {FirstLine(e.Message)}");
            return null;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static async Task PrintAsync(NegotiationServer server, TextWriter output)
    {
        var local = server.Addresses.LocalUrl;
        await output.WriteLineAsync($"live page:  {local}");
        await output.WriteLineAsync($"dashboard:  {local}dashboard/");
        await output.WriteLineAsync($"gateway:    {server.Gateway}  (techpact run <scenario> --connect {server.Gateway})");
        if (server.InstructorPassword is not { } password) return;
        var students = server.Addresses.StudentUrls;
        if (students.Count == 0)
        {
            await output.WriteLineAsync("students:   no network interface is up: other machines cannot reach this server");
            return;
        }
        for (var i = 0; i < students.Count; i++)
            await output.WriteLineAsync($"{(i == 0 ? "students:" : ""),-11} {students[i]}join{(i == 0 ? "   (or scan the code below)" : "")}");
        await output.WriteLineAsync($"instructor: {students[0]}login   password: {password}");
        await output.WriteLineAsync($"            (everything but the students' seats needs this login; /join/qr shows the code for a projector)");
        await output.WriteAsync(JoinQr.Terminal(students[0] + "join"));
    }

    /// <summary>Starts the server, runs <paramref name="work"/> on it, then stays up until cancelled (Ctrl+C).</summary>
    public static async Task<int> HostUntilStoppedAsync(ServerOptions options, CliStreams streams, CancellationToken cancellation,
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
