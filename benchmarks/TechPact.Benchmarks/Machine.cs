using System.Diagnostics;
using System.Reflection;

namespace TechPact.Benchmarks;

public static class Machine
{
    public static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                ?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException) { return "unknown CPU"; }
    }

    /// <summary>The 1-, 5- and 15-minute load averages: on a shared machine, how busy the others kept it.</summary>
    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    public static bool IsOptimized() =>
        typeof(TechPact.Negotiation.Summits.Summit).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
}

public static class Paths
{
    /// <summary>The repository root: the nearest directory up from here holding the solution.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
            throw new InvalidOperationException("Run from inside the repository.");
        }
    }

    public static TechPact.Negotiation.Summits.Scenario SeedScenario()
    {
        var result = TechPact.Scenarios.Loading.ScenarioLoader.LoadFile(Path.Combine(Root, "scenarios", "us-japan-korea.yaml"));
        return result.Scenario ?? throw new InvalidOperationException("The seed scenario does not load.");
    }
}
