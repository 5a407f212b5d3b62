namespace TechPact.Scenarios.Tests;

/// <summary>Fixture files copied next to the test assembly by the project file.</summary>
internal static class TestFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string BrokenDirectory => Path.Combine(AppContext.BaseDirectory, "Broken");

    public static string ValidScenarioPath => Fixture("tech-pact.yaml");
}
