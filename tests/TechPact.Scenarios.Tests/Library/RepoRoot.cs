namespace TechPact.Scenarios.Tests.Library;

/// <summary>The checkout the tests run from: the nearest folder above the test assembly that
/// holds TechPactOrleans.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Scenarios => System.IO.Path.Combine(Path, "scenarios");

    public static string Schema => System.IO.Path.Combine(Path, "schema", "scenario.schema.json");

    public static IEnumerable<string> ScenarioFiles() =>
        Directory.GetFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
        throw new InvalidOperationException("TechPactOrleans.sln not found above " + AppContext.BaseDirectory);
    }
}
