using TechPact.Web.Tests.Fixtures;
using TechPact.Host.Web;
using TechPact.Host.Web.Security;

namespace TechPact.Web.Tests.Security;

/// <summary>--urls is parsed by the server itself and bound address by address. Before,
/// `--urls "http://x@127.0.0.1:5322"` passed the loopback check on its host and Kestrel, reading
/// "x@127.0.0.1" as a name, listened on [::] — every interface.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("http://x@127.0.0.1:5322", "has user info")]
    [InlineData("http://127.0.0.1@evil:5322", "has user info")]
    [InlineData("http://127.0.0.1:5322/path", "has a path")]
    [InlineData("http://example.org:5000", "names a host; give an IP address")]
    [InlineData("http://localhost.:5000", "names a host")]
    [InlineData("ftp://127.0.0.1:21", "is not an http:// or https:// address")]
    [InlineData("http://127.0.0.1:70000", "is not a valid URL")]
    public void Hosts_other_than_IP_literals_and_localhost_are_refused(string url, string expected)
    {
        var (addresses, problem) = ListenAddresses.Parse(url, allowPublic: true);
        Assert.Null(addresses);
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://192.168.1.23:5000")]
    public void Beyond_loopback_needs_public(string url)
    {
        Assert.Contains("is not a loopback address", ListenAddresses.Parse(url, allowPublic: false).Problem);
        Assert.NotNull(ListenAddresses.Parse(url, allowPublic: true).Addresses);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.2:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://localhost:5000;http://127.0.0.1:0")]
    public void Loopback_needs_nothing(string url) => Assert.NotNull(ListenAddresses.Parse(url, allowPublic: false).Addresses);

    [Fact]
    public async Task The_server_itself_refuses_the_bypass_not_only_the_command_line()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => NegotiationServer.StartAsync(new ServerOptions("http://x@127.0.0.1:0", Repo.Scenarios)));
        Assert.Contains("has user info", error.Message);
    }
}
