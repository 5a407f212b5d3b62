using System.Net.Sockets;

namespace TechPact.Host.Web.Security;

/// <summary>Where the running server can be reached, worked out from what Kestrel actually bound
/// (port 0 becomes the real port, "every interface" becomes this machine's addresses).</summary>
public sealed class ServerAddresses
{
    /// <summary>A base URL ending in '/' on this machine: loopback when that was bound.</summary>
    public string LocalUrl { get; private set; } = "http://127.0.0.1/";

    /// <summary>Base URLs other machines can use (empty on a loopback-only server), IPv4 first.</summary>
    public IReadOnlyList<string> StudentUrls { get; private set; } = [];

    /// <summary>This machine's addresses that may be named in the Host header.</summary>
    public IReadOnlyList<IPAddress> HostAddresses { get; private set; } = [];

    /// <param name="bound">The addresses Kestrel reports, e.g. "http://[::]:5000".</param>
    public void Update(IEnumerable<string> bound)
    {
        var local = new List<string>();
        var students = new List<string>();
        var addresses = new List<IPAddress>();
        foreach (var url in bound)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) continue;
            var host = uri.Host.Trim('[', ']');
            if (host == "localhost" || !IPAddress.TryParse(host, out var ip))
            {
                local.Add($"{uri.Scheme}://127.0.0.1:{uri.Port}/");
                continue;
            }
            if (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
            {
                local.Add($"{uri.Scheme}://127.0.0.1:{uri.Port}/");
                foreach (var address in ListenAddresses.InterfaceAddresses())
                {
                    if (ip.Equals(IPAddress.Any) && address.AddressFamily != AddressFamily.InterNetwork) continue;
                    addresses.Add(address);
                    students.Add($"{uri.Scheme}://{Literal(address)}:{uri.Port}/");
                }
            }
            else if (IPAddress.IsLoopback(ip)) local.Add($"{uri.Scheme}://{Literal(ip)}:{uri.Port}/");
            else
            {
                addresses.Add(ip);
                students.Add($"{uri.Scheme}://{Literal(ip)}:{uri.Port}/");
                local.Add($"{uri.Scheme}://{Literal(ip)}:{uri.Port}/");
            }
        }
        LocalUrl = local.FirstOrDefault() ?? students.FirstOrDefault() ?? LocalUrl;
        StudentUrls = [.. students.Distinct()];
        HostAddresses = [.. addresses.Distinct()];
    }

    private static string Literal(IPAddress ip) => ip.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString();
}
