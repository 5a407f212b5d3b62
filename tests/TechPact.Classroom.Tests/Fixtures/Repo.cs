using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;

namespace TechPact.Classroom.Tests.Fixtures;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static Scenario LoadSeedScenario() => ScenarioLoader.LoadFile(Path.Combine(Scenarios, "us-japan-korea.yaml")).Scenario!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the repository (no TechPactOrleans.sln above " + AppContext.BaseDirectory + ").");
    }
}
