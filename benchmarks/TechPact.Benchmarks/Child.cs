using System.Diagnostics;

namespace TechPact.Benchmarks;

/// <summary>Runs a suite of this harness in a fresh process with other runtime settings (a GC mode can only
/// be chosen at start-up), echoing its tables and taking over its goal rows.</summary>
public static class Child
{
    public static async Task RunAsync(string mode, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Child).Assembly.Location);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add("--child");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the child benchmark");
        var suffix = $" ({string.Join(", ", environment.Select(e => $"{e.Name}={e.Value}"))})";
        while (await process.StandardOutput.ReadLineAsync() is { } line)
            if (!Goals.TryImport(line, suffix)) Console.WriteLine(line);
        await process.WaitForExitAsync();
    }
}
