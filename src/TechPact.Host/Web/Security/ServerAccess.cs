using System.Security.Cryptography;

namespace TechPact.Host.Web.Security;

/// <summary>Who may reach what, decided once at start from how the server was asked to listen.
/// On loopback (the default) every request comes from this machine and nothing needs a login;
/// with --public the server is on the room's network, and everything that is not a student's own
/// seat needs the instructor's login — from every address, loopback included, since a reverse
/// proxy on this machine would otherwise bring the whole network in as "loopback".</summary>
public sealed class ServerAccess
{
    private readonly byte[] _passwordHash;
    private readonly HashSet<string> _hostNames;
    private readonly ServerAddresses _addresses;

    /// <param name="password">The instructor's; null when no login is required.</param>
    /// <param name="hostNames">Names the Host header may carry besides IP literals of this machine.</param>
    /// <param name="addresses">Where the server listens: its addresses may appear as the Host (loopback always may).</param>
    public ServerAccess(bool loginRequired, string? password, IEnumerable<string> hostNames, ServerAddresses addresses,
        IPAddress? trustedProxy = null)
    {
        if (loginRequired && string.IsNullOrEmpty(password)) throw new ArgumentException("A login needs a password.", nameof(password));
        LoginRequired = loginRequired;
        _passwordHash = SHA256.HashData(Encoding.UTF8.GetBytes(password ?? ""));
        _hostNames = new HashSet<string>(hostNames.Select(n => n.TrimEnd('.').ToLowerInvariant()), StringComparer.Ordinal) { "localhost" };
        _addresses = addresses;
        TrustedProxy = trustedProxy;
    }

    public bool LoginRequired { get; }

    /// <summary>A reverse proxy whose X-Forwarded-For/-Proto/-Host headers are believed (--trust-proxy).</summary>
    public IPAddress? TrustedProxy { get; }

    /// <summary>Compared as hashes, in constant time, so the answer's timing says nothing about the password.</summary>
    public bool IsPassword(string? candidate) =>
        LoginRequired && candidate is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _passwordHash);

    /// <summary>DNS rebinding sends a page's requests here under the attacker's own name; only this
    /// machine's names and addresses are served. An IP literal cannot be rebound, but only this
    /// machine's own are taken, so a mistyped or forwarded address is named rather than served.</summary>
    public bool IsAllowedHost(string host)
    {
        if (host.Length == 0) return true; // HTTP/1.0 without Host: no browser sends that, so no rebinding either
        var bare = host.StartsWith('[') ? host.Trim('[', ']') : host;
        if (IPAddress.TryParse(bare, out var address))
            return IPAddress.IsLoopback(address) || _addresses.HostAddresses.Contains(address) || IsMapped(address);
        return _hostNames.Contains(bare.TrimEnd('.').ToLowerInvariant());
    }

    private bool IsMapped(IPAddress address) => address.IsIPv4MappedToIPv6 && _addresses.HostAddresses.Contains(address.MapToIPv4());

    public IReadOnlyCollection<string> HostNames => _hostNames;

    /// <summary>A password nobody will guess in a class period (80 bits), easy to read out and type.</summary>
    public static string GeneratePassword() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 4)));

    /// <summary>Shorter ones are refused: the login is rate-limited, not unguessable by itself.</summary>
    public const int MinPasswordLength = 12;
}
