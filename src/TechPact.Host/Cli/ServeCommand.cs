using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TechPact.Host.Cli;

/// <summary>`techpact serve [--urls …] [--public | --listen ADDRESS] [--redis …] [--advertise ADDRESS] …`:
/// the live page, the classroom, the API and the Orleans Dashboard, until Ctrl+C.</summary>
public static class ServeCommand
{
    public const string PasswordVariable = "TECHPACT_INSTRUCTOR_PASSWORD";
    public const string CertificatePasswordVariable = "TECHPACT_HTTPS_PASSWORD";

    public static Command Create(CliStreams streams)
    {
        var arguments = new Arguments();
        var command = new Command("serve", "Host the live negotiation page, the classroom, the HTTP API and the Orleans Dashboard.");
        foreach (var option in arguments.All) command.Options.Add(option);
        command.SetAction(async (parsed, cancellation) =>
        {
            var options = arguments.Read(parsed, streams.Error);
            if (options is null || ServerLaunch.Check(options, streams.Error) is not null) return ExitCodes.InvalidInput;
            if (!Directory.Exists(options.ScenariosFolder))
                await streams.Error.WriteLineAsync($"warning: no scenario folder at {Path.GetFullPath(options.ScenariosFolder)}; the page will offer none");
            return await ServerLaunch.HostUntilStoppedAsync(options, streams, cancellation, _ => Task.FromResult(ExitCodes.Completed));
        });
        return command;
    }

    /// <summary>serve's options, and how they become <see cref="ServerOptions"/>.</summary>
    private sealed class Arguments
    {
        private readonly Option<string?> _urls = new("--urls") { Description = $"Where to listen: IP addresses or localhost, ';'-separated (default {ServerOptions.DefaultUrls}; with --public {ServerOptions.PublicUrls})." };
        private readonly Option<bool> _public = new("--public") { Description = "Listen beyond loopback on purpose, for students' laptops on the room's network; everything but their seats then needs the instructor's login." };
        private readonly Option<string?> _listen = new("--listen") { Description = "Listen on this address (and port, default 5000), e.g. 192.168.1.23 or 0.0.0.0:8080; implies --public." };
        private readonly Option<string[]> _hosts = new("--host") { Description = "A name the server answers to besides its addresses (a DNS name, a reverse proxy's). Repeatable." };
        private readonly Option<string?> _password = new("--instructor-password")
        {
            Description = $"The instructor's password on a public server (at least 12 characters; default: ${PasswordVariable}, else one is generated and printed).",
        };
        private readonly Option<string?> _trustProxy = new("--trust-proxy") { Description = "The IP address of a reverse proxy in front (for HTTPS): its X-Forwarded-For/-Proto/-Host are believed." };
        private readonly Option<string?> _certificate = new("--https-certificate") { Description = $"Certificate for https:// addresses: a PEM file (with --https-key) or a .pfx (password in ${CertificatePasswordVariable})." };
        private readonly Option<string?> _key = new("--https-key") { Description = "The PEM private key of --https-certificate." };
        private readonly Option<string> _scenarios = new("--scenarios") { Description = "Folder of scenario files to offer.", DefaultValueFactory = _ => "scenarios" };
        private readonly Option<int?> _gatewayPort = new("--gateway-port") { Description = "Orleans gateway port for clients (`run --connect`); default: a free port." };
        private readonly Option<int?> _siloPort = new("--silo-port") { Description = "Port the silos of a cluster talk to each other on; default: a free port." };
        private readonly Option<string?> _advertise = new("--advertise") { Description = "The address other machines reach this silo at (needs --redis); default 127.0.0.1, one machine only." };
        private readonly Option<string?> _redis = RedisOption();
        private readonly Option<int?> _releaseAfter = new("--release-after")
        {
            Description = $"Seconds a finished summit stays in memory after it was last asked for (default {(int)Grains.Summits.SummitRetention.Default.FinishedIdle.TotalSeconds}); it is then read back from storage when asked.",
        };
        private readonly Option<bool> _kubernetes = new("--kubernetes") { Description = "Running in a Kubernetes pod: take the silo's name, address and cluster ids from the pod (needs --redis)." };

        public IEnumerable<Option> All =>
            [_urls, _public, _listen, _hosts, _password, _trustProxy, _certificate, _key, _scenarios, _gatewayPort, _siloPort, _advertise, _redis, _kubernetes, _releaseAfter];

        public ServerOptions? Read(ParseResult parsed, TextWriter error)
        {
            if (ClusterBacking.Check(parsed.GetValue(_redis)) is { } badRedis) return Fail(error, badRedis);
            if (parsed.GetValue(_releaseAfter) is < 1 or > 86_400) return Fail(error, "--release-after: from 1 to 86400 seconds.");
            var listenAt = parsed.GetValue(_listen);
            if (listenAt is not null && parsed.GetValue(_urls) is not null) return Fail(error, "--listen and --urls don't go together: give one");
            var publicServer = parsed.GetValue(_public) || listenAt is not null;
            var where = listenAt is not null ? ListenUrl(listenAt) : parsed.GetValue(_urls) ?? (publicServer ? ServerOptions.PublicUrls : ServerOptions.DefaultUrls);
            var password = parsed.GetValue(_password);
            if (password is not null && !publicServer) return Fail(error, "--instructor-password is for a --public server; on loopback nothing needs a login");
            IPAddress? proxy = null;
            if (parsed.GetValue(_trustProxy) is { } proxyText && !IPAddress.TryParse(proxyText, out proxy))
                return Fail(error, $"--trust-proxy: '{proxyText}' is not an IP address");
            if (Advertised(parsed.GetValue(_advertise), error) is not { } advertised) return null;
            var certificate = Certificate(parsed.GetValue(_certificate), parsed.GetValue(_key), error, out var certificateFailed);
            if (certificateFailed) return null;
            return new ServerOptions(where, parsed.GetValue(_scenarios)!, parsed.GetValue(_gatewayPort))
            {
                Backing = new ClusterBacking(parsed.GetValue(_redis))
                {
                    Advertise = advertised, Kubernetes = parsed.GetValue(_kubernetes),
                    Retention = parsed.GetValue(_releaseAfter) is { } seconds ? new(TimeSpan.FromSeconds(seconds)) : Grains.Summits.SummitRetention.Default,
                },
                SiloPort = parsed.GetValue(_siloPort),
                Public = publicServer,
                InstructorPassword = publicServer ? password ?? Environment.GetEnvironmentVariable(PasswordVariable) : null,
                HostNames = parsed.GetValue(_hosts) ?? [],
                TrustedProxy = proxy,
                Certificate = certificate,
            };
        }
    }

    /// <summary>--redis, defaulting to $TECHPACT_REDIS so a password stays off the command line (and out of `ps`).</summary>
    public static Option<string?> RedisOption() => new("--redis")
    {
        Description = $"Keep grain state and cluster membership in Redis: HOST:PORT[,password=…,ssl=true] (default: ${ClusterBacking.RedisVariable}). Servers on one Redis form one cluster.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ClusterBacking.RedisVariable),
    };

    /// <summary>"192.168.1.23" or "192.168.1.23:8080" or "[fe80::1]:8080" as a listen URL (port 5000 by default).</summary>
    private static string ListenUrl(string address)
    {
        var bracketed = address.StartsWith('[');
        var hasPort = bracketed ? address.Contains("]:", StringComparison.Ordinal) : address.Count(c => c == ':') == 1;
        var literal = !bracketed && IPAddress.TryParse(address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{address}]" : address;
        return $"http://{literal}{(hasPort ? "" : ":5000")}";
    }

    /// <summary>An IP address, or a host name resolved to its first IPv4 address.</summary>
    internal static IPAddress? Advertised(string? text, TextWriter error)
    {
        if (text is null) return IPAddress.Loopback;
        if (IPAddress.TryParse(text, out var ip)) return ip;
        try
        {
            var addresses = Dns.GetHostAddresses(text);
            var chosen = addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
            if (chosen is not null) return chosen;
        }
        catch (System.Net.Sockets.SocketException) { }
        Fail(error, $"--advertise: '{text}' is neither an IP address nor a name this machine can resolve");
        return null;
    }

    private static X509Certificate2? Certificate(string? file, string? keyFile, TextWriter error, out bool failed)
    {
        failed = false;
        if (file is null)
        {
            if (keyFile is not null) { failed = true; Fail(error, "--https-key needs --https-certificate"); }
            return null;
        }
        try
        {
            return keyFile is not null
                ? X509Certificate2.CreateFromPemFile(file, keyFile)
                : X509CertificateLoader.LoadPkcs12FromFile(file, Environment.GetEnvironmentVariable(CertificatePasswordVariable));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            failed = true;
            Fail(error, $"--https-certificate: cannot load {file}: {e.Message}");
            return null;
        }
    }

    private static ServerOptions? Fail(TextWriter error, string message)
    {
        error.WriteLine(message.StartsWith("error:", StringComparison.Ordinal) ? message : $"error: {message}");
        return null;
    }
}
