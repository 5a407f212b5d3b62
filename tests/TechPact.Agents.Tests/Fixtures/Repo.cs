using TechPact.Host.Cli;

namespace TechPact.Agents.Tests.Fixtures;

/// <summary>Paths in the repository, the example agents, and the CLI run in-process.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    public static string SeedScenario => Scenario("us-japan-korea.yaml");

    public static string Example(string name) => Path.Combine(Root, "examples", "agents", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The C# example agent, built (Release or Debug, as these tests) before the tests run.</summary>
    public static string CSharpAgent
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
            var dll = Path.Combine(Root, "examples", "agents", "csharp", "bin", configuration, "net10.0", "ConcederAgent.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: the test project builds it first (ProjectReference).");
            return dll;
        }
    }

    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TechPactCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the repository.");
    }
}

/// <summary>A fresh directory under the temp folder, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("techpact-agents-").FullName;

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Processes still running whose command line holds a marker (read from /proc, touched not at all).</summary>
public static class Processes
{
    public static IReadOnlyList<int> With(string marker) =>
        [.. Directory.EnumerateDirectories("/proc").Select(d => System.IO.Path.GetFileName(d)).Where(n => n.All(char.IsDigit))
            .Where(pid => Read($"/proc/{pid}/cmdline").Contains(marker, StringComparison.Ordinal)).Select(int.Parse)];

    private static string Read(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
