using System.ComponentModel;
using System.Diagnostics;
using System.Threading.Channels;

namespace TechPact.Grains.Seats;

/// <summary>The stdio transport: one agent program, started without a shell, spoken to in JSON lines
/// on its standard input and output, as chess engines speak UCI. Its output is hostile until checked:
/// lines are bounded, and a program that prints more than a few lines nobody asked for floods and is
/// stopped. Every line and every failure goes to the callbacks, off the grain's scheduler; writes never
/// block the caller (a program that stops reading its input cannot hold up the summit).</summary>
public sealed class AgentProcess : IAsyncDisposable
{
    /// <summary>Lines a program may print between two turns (its answer and a little more) before it floods.</summary>
    public const int MaxLinesPerTurn = 16;

    private const int StderrTailLines = 5;
    private const int StderrLineChars = 300;

    private readonly Process _process;
    private readonly Channel<string> _outbox = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<string, Task> _onLine;
    private readonly Func<SeatFault, string, Task> _onFailed;
    private readonly Queue<string> _stderr = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _pumps;
    private int _linesSinceTurn;
    private int _failed;

    private AgentProcess(Process process, Func<string, Task> onLine, Func<SeatFault, string, Task> onFailed)
    {
        (_process, _onLine, _onFailed) = (process, onLine, onFailed);
        _pumps = Task.WhenAll(Task.Run(WriteLoop), Task.Run(ReadLoop), Task.Run(StderrLoop));
    }

    public int ProcessId => _process.Id;

    /// <exception cref="AgentStartException">The program could not be started; the message says why.</exception>
    public static AgentProcess Start(IReadOnlyList<string> argv, string workingDirectory, Func<string, Task> onLine, Func<SeatFault, string, Task> onFailed)
    {
        if (argv.Count == 0) throw new AgentStartException("the agent's command is empty");
        var start = new ProcessStartInfo(argv[0])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false, WorkingDirectory = workingDirectory, CreateNoWindow = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var arg in argv.Skip(1)) start.ArgumentList.Add(arg);
        try
        {
            var process = Process.Start(start) ?? throw new AgentStartException($"could not start '{argv[0]}'");
            return new AgentProcess(process, onLine, onFailed);
        }
        catch (Win32Exception e)
        {
            throw new AgentStartException($"could not start '{AgentJson.Excerpt(argv[0])}' in {workingDirectory}: {e.Message}");
        }
    }

    /// <summary>Queues a message for the program's standard input. A turn opens a fresh allowance of lines.</summary>
    public void Send(AgentMessage message)
    {
        if (message is TurnMessage) Interlocked.Exchange(ref _linesSinceTurn, 0);
        _outbox.Writer.TryWrite(AgentJson.Write(message));
    }

    /// <summary>Says goodbye (an end message, then end of input), waits a moment, then kills the whole
    /// process tree. Safe to call twice; no callback fires after it.</summary>
    public async Task StopAsync(AgentMessage? goodbye, TimeSpan grace)
    {
        Interlocked.Exchange(ref _failed, 1);
        if (goodbye is not null) Send(goodbye);
        _outbox.Writer.TryComplete();
        try { await _process.WaitForExitAsync().WaitAsync(grace); }
        catch (TimeoutException) { }
        Kill();
        await _stopping.CancelAsync();
        try { await _pumps.WaitAsync(TimeSpan.FromSeconds(2)); }
        catch (Exception) { /* the pumps end with the process; a stuck one is abandoned with it */ }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(null, TimeSpan.Zero);
        _process.Dispose();
        _stopping.Dispose();
    }

    internal void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception) { /* already gone */ }
    }

    private async Task WriteLoop()
    {
        try
        {
            await foreach (var line in _outbox.Reader.ReadAllAsync(_stopping.Token))
            {
                await _process.StandardInput.WriteAsync(line + "\n");
                await _process.StandardInput.FlushAsync(_stopping.Token);
            }
            _process.StandardInput.Close();
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The program stopped reading (it exited): the read loop reports that.
        }
    }

    private async Task ReadLoop()
    {
        var reader = new BoundedLineReader(_process.StandardOutput.BaseStream, Protocol.MaxMessageBytes);
        try
        {
            while (await reader.ReadLineAsync(_stopping.Token) is { } line)
            {
                if (Interlocked.Increment(ref _linesSinceTurn) > MaxLinesPerTurn)
                {
                    await FailAsync(SeatFault.Illegal, $"flooded its output: more than {MaxLinesPerTurn} lines for one turn; the agent was stopped");
                    return;
                }
                if (line.Trim().Length == 0 || Volatile.Read(ref _failed) != 0) continue;
                await _onLine(line);
            }
            await _process.WaitForExitAsync(_stopping.Token).WaitAsync(TimeSpan.FromSeconds(5), _stopping.Token);
            await FailAsync(SeatFault.Crashed, $"exited with code {_process.ExitCode}{LastWords()}");
        }
        catch (LineTooLongException)
        {
            await FailAsync(SeatFault.Illegal, $"printed a line longer than {Protocol.MaxMessageBytes} bytes; the agent was stopped");
        }
        catch (TimeoutException)
        {
            await FailAsync(SeatFault.Crashed, $"closed its output but did not exit{LastWords()}");
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException) { }
    }

    private async Task StderrLoop()
    {
        var reader = new BoundedLineReader(_process.StandardError.BaseStream, 64 * 1024);
        try
        {
            while (true)
            {
                string? line;
                try { line = await reader.ReadLineAsync(_stopping.Token); }
                catch (LineTooLongException) { line = "(a very long line)"; }
                if (line is null) return;
                lock (_stderr)
                {
                    _stderr.Enqueue(AgentJson.Excerpt(line, StderrLineChars));
                    while (_stderr.Count > StderrTailLines) _stderr.Dequeue();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException) { }
    }

    private string LastWords()
    {
        lock (_stderr) return _stderr.Count == 0 ? "" : "; its last words on stderr: " + string.Join(" | ", _stderr);
    }

    private async Task FailAsync(SeatFault fault, string detail)
    {
        if (Interlocked.Exchange(ref _failed, 1) != 0) return;
        Kill();
        await _onFailed(fault, detail);
    }
}

/// <summary>An agent program that could not be started.</summary>
public sealed class AgentStartException(string message) : Exception(message);
