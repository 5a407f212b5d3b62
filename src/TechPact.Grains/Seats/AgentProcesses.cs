using System.Collections.Concurrent;

namespace TechPact.Grains.Seats;

/// <summary>Starts agent programs for the country grains of this silo and reaps them: every program
/// still running when the silo stops is killed with its process tree. Only silos that run a user's own
/// commands register it (`techpact run`, `tournament`, `fork`); a server has none, so no request can
/// make it start a program.</summary>
/// <param name="workingDirectory">Where the commands run: the directory the user typed them in.</param>
public sealed class AgentProcesses(string workingDirectory) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<AgentProcess, byte> _running = new();

    public string WorkingDirectory { get; } = workingDirectory;

    public int Running => _running.Count;

    /// <exception cref="AgentStartException">The program could not be started.</exception>
    public AgentProcess Start(IReadOnlyList<string> argv, Func<string, Task> onLine, Func<TechPact.Negotiation.Seats.SeatFault, string, Task> onFailed)
    {
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
