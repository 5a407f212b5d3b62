using System.Collections.Concurrent;

namespace TechPact.Grains.Seats;

/// <summary>Starts agent programs for the country grains of this silo and reaps them: every program
/// still running when the silo stops is killed with its process tree. Only silos that run a user's own
/// commands start them (`techpact run`, `tournament`, `fork`); a server's refuses every one
/// (<see cref="Refusing"/>), so no request can make it start a program.</summary>
public sealed class AgentProcesses : IAsyncDisposable
{
    private const string Refused = "this server does not start agent programs: use a network agent with the seat's join code, or `techpact run --seat`";

    private readonly ConcurrentDictionary<AgentProcess, byte> _running = new();

    /// <param name="workingDirectory">Where the commands run: the directory the user typed them in.</param>
    public AgentProcesses(string workingDirectory) => WorkingDirectory = workingDirectory;

    private AgentProcesses() { }

    /// <summary>For a silo that starts no programs (`serve`): every start fails with the reason.</summary>
    public static AgentProcesses Refusing() => new();

    /// <summary>Null when this silo starts no programs.</summary>
    public string? WorkingDirectory { get; }

    public int Running => _running.Count;

    /// <exception cref="AgentStartException">The program could not be started, or this silo starts none.</exception>
    public AgentProcess Start(IReadOnlyList<string> argv, Func<string, Task> onLine, Func<TechPact.Negotiation.Seats.SeatFault, string, Task> onFailed)
    {
        if (WorkingDirectory is null) throw new AgentStartException(Refused);
        var process = AgentProcess.Start(argv, WorkingDirectory, onLine, onFailed);
        _running[process] = 0;
        return process;
    }

    public async Task StopAsync(AgentProcess process, TechPact.Agents.Messages.AgentMessage? goodbye, TimeSpan grace)
    {
        await process.StopAsync(goodbye, grace);
        if (_running.TryRemove(process, out _)) await process.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _running.Keys)
        {
            process.Kill();
            if (_running.TryRemove(process, out _)) await process.DisposeAsync();
        }
    }
}
