using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;

namespace TechPact.Web.Tests.Fixtures;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string SeedScenario => Path.Combine(Scenarios, "us-japan-korea.yaml");

    public static Scenario LoadSeedScenario() => ScenarioLoader.LoadFile(SeedScenario).Scenario!;

    /// <summary>The built `techpact` executable's dll, for tests that start it as a separate process.</summary>
    public static string TechpactDll
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "techpact.dll");
            if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "techpact.runtimeconfig.json"))) return beside;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name; // bin/<Configuration>/net10.0/
            return Path.Combine(Root, "src", "TechPact.Host", "bin", configuration, "net10.0", "techpact.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the repository (no TechPactOrleans.sln above " + AppContext.BaseDirectory + ").");
    }
}
