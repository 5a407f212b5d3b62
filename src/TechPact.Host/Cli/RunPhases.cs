using System.Diagnostics;

namespace TechPact.Host.Cli;

/// <summary>With <c>--verbose</c>, where a run's time went: one line on stderr as each phase ends, with the wall
/// and CPU seconds since the process started (runtime start-up and JIT included). Phases overlap (the analysis
/// runs beside the silo and the summit), so the marks are points on one clock rather than durations to add.</summary>
public sealed class RunPhases
{
    public static readonly RunPhases Silent = new(null);

    private readonly TextWriter? _error;
    private readonly Lock _gate = new();

    public RunPhases(TextWriter? error) => _error = error;

    public void Mark(string phase)
    {
        if (_error is null) return;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        lock (_gate) _error.WriteLine($"time: {phase,-24} at {wall.TotalSeconds,5:0.00} s wall, {process.TotalProcessorTime.TotalSeconds,5:0.00} s CPU");
    }
}
