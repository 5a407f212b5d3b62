using System.Security.Cryptography.X509Certificates;

namespace TechPact.Host.Web;

/// <param name="Urls">Where the web UI, the API and the dashboard listen: IP addresses or
/// localhost; beyond loopback only with <see cref="Public"/>.</param>
/// <param name="GatewayPort">The Orleans gateway `run --connect` talks to; null: a free port.</param>
public sealed record ServerOptions(string Urls = ServerOptions.DefaultUrls, string ScenariosFolder = "scenarios", int? GatewayPort = null)
{
    /// <summary>Grain state and membership: embedded (default) or Redis (--redis), and the address this silo advertises.</summary>
    public ClusterBacking Backing { get; init; } = ClusterBacking.Embedded;

    /// <summary>The port silos talk to each other on (--silo-port); null: a free port.</summary>
    public int? SiloPort { get; init; }

    /// <summary>On the room's network on purpose (--public, --listen): listening beyond loopback is
    /// allowed, and everything but a student's own seat needs the instructor's login.</summary>
    public bool Public { get; init; }

    /// <summary>The instructor's password on a public server; null: one is generated (and printed).</summary>
    public string? InstructorPassword { get; init; }

    /// <summary>Names the server answers to besides its addresses (--host), e.g. a reverse proxy's.</summary>
    public IReadOnlyList<string> HostNames { get; init; } = [];

    /// <summary>A reverse proxy whose X-Forwarded-* headers are believed (--trust-proxy).</summary>
    public IPAddress? TrustedProxy { get; init; }

    /// <summary>The certificate for https:// addresses (--https-certificate).</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Whether this silo starts agent programs: only for `run --dashboard`, whose user named them.
    /// `serve` never does, so nothing a browser or an agent sends can make it run a command.</summary>
    public bool RunsAgents { get; init; }

    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>--public without --urls: every interface, on the usual port.</summary>
    public const string PublicUrls = "http://*:5000";
}
