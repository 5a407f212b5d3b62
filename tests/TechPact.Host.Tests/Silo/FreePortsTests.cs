using System.Net.Sockets;
using TechPact.Host.Silo;

namespace TechPact.Host.Tests.Silo;

/// <summary>A start that lost its free port to another process is tried again on fresh ports; a port
/// the user fixed is never dodged, and a failure that is not about a port is not retried.</summary>
public sealed class FreePortsTests
{
    [Fact]
    public async Task A_taken_free_port_is_retried_on_fresh_ports()
    {
        var tried = new List<SiloPorts>();
        var started = await FreePorts.StartOnAsync(ports =>
        {
            tried.Add(ports);
            if (tried.Count < 3) throw new SocketException((int)SocketError.AddressAlreadyInUse);
            return Task.FromResult(ports);
        });
        Assert.Equal(3, tried.Count);
        Assert.Equal(tried[^1], started);
        Assert.All(tried, p => Assert.NotEqual(p.Silo, p.Gateway));
    }

    [Fact]
    public async Task It_gives_up_after_three_attempts()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<SocketException>(() => FreePorts.StartOnAsync<SiloPorts>(_ =>
        {
            attempts++;
            throw new SocketException((int)SocketError.AddressAlreadyInUse);
        }));
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_fixed_port_is_used_as_given_and_a_clash_on_it_is_reported_at_once()
    {
        var tried = new List<SiloPorts>();
        await Assert.ThrowsAsync<SocketException>(() => FreePorts.StartOnAsync<SiloPorts>(ports =>
        {
            tried.Add(ports);
            throw new SocketException((int)SocketError.AddressAlreadyInUse);
        }, gatewayPort: 30123));
        Assert.Equal(30123, Assert.Single(tried).Gateway);
    }

    [Fact]
    public async Task A_failure_that_is_not_about_a_port_is_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => FreePorts.StartOnAsync<SiloPorts>(_ =>
        {
            attempts++;
            throw new InvalidOperationException("bad configuration");
        }));
        Assert.Equal(1, attempts);
    }
}
