using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace TechPact.Host.Web.Security;

/// <summary>One address the server listens on. <see cref="Address"/> null means every interface
/// ("*", "0.0.0.0", "[::]"); <see cref="Localhost"/> means 127.0.0.1 and ::1.</summary>
public sealed record ListenAddress(bool Https, IPAddress? Address, int Port, bool Localhost = false)
{
    public bool IsLoopback => Localhost || (Address is not null && IPAddress.IsLoopback(Address));

    public bool IsEveryInterface => Address is null && !Localhost
        || Address is not null && (Address.Equals(IPAddress.Any) || Address.Equals(IPAddress.IPv6Any));

    public string Scheme => Https ? "https" : "http";
}

/// <summary>Parses --urls into addresses the server binds itself, so Kestrel never reads a host
/// name it would treat as "every interface": `http://x@127.0.0.1:5322` used to pass a loopback
/// check on its host and then listen on [::]. Only IP literals, "localhost" and "*" are taken,
/// with no user info, path, query or fragment; beyond loopback only when the user says so (--public).</summary>
public static class ListenAddresses
{
    /// <returns>The addresses, or null and the problem with the first URL that is not acceptable.</returns>
    public static (IReadOnlyList<ListenAddress>? Addresses, string? Problem) Parse(string urls, bool allowPublic)
    {
        var addresses = new List<ListenAddress>();
        var items = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0) return (null, "no address given (e.g. http://127.0.0.1:5000)");
        foreach (var url in items)
        {
            var (address, problem) = ParseOne(url);
            if (problem is not null) return (null, $"'{url}' {problem}");
            if (!allowPublic && !address!.IsLoopback)
                return (null, $"'{url}' is not a loopback address; to let other machines (students' laptops) reach the server, " +
                              "add --public (it then needs the instructor login)");
            addresses.Add(address!);
        }
        return (addresses, null);
    }

    private static (ListenAddress? Address, string? Problem) ParseOne(string url)
    {
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? "" : url[..separator].ToLowerInvariant();
        if (scheme is not ("http" or "https")) return (null, "is not an http:// or https:// address (e.g. http://127.0.0.1:5000)");
        var https = scheme == "https";
        var rest = url[(separator + 3)..].TrimEnd('/');
        if (rest.Contains('@')) return (null, "has user info before '@': a listen address is only a host and a port");
        if (rest.IndexOfAny(['/', '?', '#']) >= 0) return (null, "has a path, query or fragment: a listen address is only a host and a port");

        // "*" and "+" (ASP.NET's spellings of "every interface") are not URIs; take them by hand.
        if (rest.StartsWith("*:", StringComparison.Ordinal) || rest.StartsWith("+:", StringComparison.Ordinal))
            return Port(rest[2..]) is { } anyPort ? (new ListenAddress(https, null, anyPort), null) : (null, "has no valid port (1 to 65535, or 0 for a free one)");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return (null, "is not a valid URL (a host and a port from 0 to 65535)");
        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return (new ListenAddress(https, null, uri.Port, Localhost: true), null);
        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip))
            return (null, "names a host; give an IP address (127.0.0.1, 0.0.0.0 for every interface, or one interface's address) or localhost");
        return (new ListenAddress(https, ip, uri.Port), null);
    }

    private static int? Port(string text) => int.TryParse(text, out var port) && port is >= 0 and <= 65535 ? port : null;

    /// <summary>Binds each address on Kestrel; HTTPS ones with <paramref name="https"/>'s certificate.</summary>
    public static void Apply(KestrelServerOptions kestrel, IEnumerable<ListenAddress> addresses, Action<ListenOptions> https)
    {
        foreach (var address in addresses)
        {
            Action<ListenOptions> configure = address.Https ? https : _ => { };
            if (address.Localhost && address.Port != 0) kestrel.ListenLocalhost(address.Port, configure);
            else if (address.Localhost) kestrel.Listen(IPAddress.Loopback, 0, configure);
            else if (address.Address is null) kestrel.ListenAnyIP(address.Port, configure);
            else kestrel.Listen(address.Address, address.Port, configure);
        }
    }

    /// <summary>The unicast addresses of this machine's interfaces that are up (IPv4 first,
    /// link-local IPv6 left out): where students' browsers can find a server bound to every interface.</summary>
    public static IReadOnlyList<IPAddress> InterfaceAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
                .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal && a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                .Distinct()
                .OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
