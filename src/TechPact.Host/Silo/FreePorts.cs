using System.Net.Sockets;

namespace TechPact.Host.Silo;

/// <summary>The two ports a silo listens on: silo-to-silo traffic and the gateway clients call.</summary>
public readonly record struct SiloPorts(int Silo, int Gateway);

/// <summary>Loopback ports the OS says are free right now, so two runs at once don't clash.</summary>
public static class FreePorts
{
    /// <summary>A port is free when asked, then released; another process may take it before the
    /// silo binds it, so a failed start is retried on fresh ports this many times in all.</summary>
    private const int StartAttempts = 3;

    public static int[] Take(int count)
    {
        // Hold every listener until all are chosen, so the OS can't hand out the same port twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners) listener.Start();
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners) listener.Stop();
        }
    }

    /// <summary>Starts a silo host on free ports (or the fixed ones given), and on fresh free ones
    /// again when another process took one between asking and binding. A fixed port is the user's
    /// choice: a clash there is reported, not dodged.</summary>
    /// <param name="start">Builds and starts the host; on failure it disposes what it built and throws.</param>
    public static async Task<T> StartOnAsync<T>(Func<SiloPorts, Task<T>> start, int? siloPort = null, int? gatewayPort = null)
    {
        var retry = siloPort is null && gatewayPort is null;
        for (var attempt = 1; ; attempt++)
        {
            var free = Take(2);
            try
            {
                return await start(new SiloPorts(siloPort ?? free[0], gatewayPort ?? free[1]));
            }
            // The silo's lifecycle reports a taken port as an OrleansException (or the bare SocketException).
            catch (Exception e) when (retry && attempt < StartAttempts && e is SocketException or OrleansException)
            {
            }
        }
    }
}
