using System.Diagnostics;

namespace TechPact.Host.Cli;

/// <summary>TEMP: phase timestamps since process start.</summary>
public static class RunPhases
{
    private static readonly bool On = Environment.GetEnvironmentVariable("TECHPACT_PHASES") is not null;
    public static void Mark(string what)
    {
        if (!On) return;
        var p = Process.GetCurrentProcess();
        Console.Error.WriteLine($"[{(DateTime.Now - p.StartTime).TotalMilliseconds,6:0} ms wall, {p.TotalProcessorTime.TotalMilliseconds,6:0} ms cpu] {what}");
    }
}
