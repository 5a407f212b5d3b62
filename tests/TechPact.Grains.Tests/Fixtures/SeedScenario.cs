namespace TechPact.Grains.Tests.Fixtures;

/// <summary>Where scenarios/us-japan-korea.yaml is: found by walking up to the solution file.</summary>
public static class SeedScenario
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "TechPactOrleans.sln"))) dir = dir.Parent;
        return dir is null
            ? throw new InvalidOperationException("TechPactOrleans.sln not found above " + AppContext.BaseDirectory)
            : System.IO.Path.Combine(dir.FullName, "scenarios", "us-japan-korea.yaml");
    }
}
