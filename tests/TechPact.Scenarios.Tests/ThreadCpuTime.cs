using System.Diagnostics;

namespace TechPact.Scenarios.Tests;

/// <summary>CPU time consumed by the calling thread, from Linux's /proc/thread-self/schedstat
/// (nanoseconds on CPU); elsewhere it falls back to the process's total processor time.</summary>
internal static class ThreadCpuTime
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan Now()
    {
        if (File.Exists(SchedStat))
        {
            var nanoseconds = long.Parse(File.ReadAllText(SchedStat).Split(' ')[0]);
            return TimeSpan.FromTicks(nanoseconds / 100);
        }
        return Process.GetCurrentProcess().TotalProcessorTime;
    }
}
