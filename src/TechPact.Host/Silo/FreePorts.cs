using System.Net;
using System.Net.Sockets;

namespace TechPact.Host.Silo;

/// <summary>Loopback ports the OS says are free right now, so two runs at once don't clash.</summary>
public static class FreePorts
{
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
}
