using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;

namespace TechPact.Durability.Tests.Fixtures;

/// <summary>Paths in the repository, the seed scenario, and the uninterrupted run every fault test compares with.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static Scenario SeedScenario() => ScenarioLoader.LoadFile(Path.Combine(Scenarios, "us-japan-korea.yaml")).Scenario!;

    /// <summary>The transcript JSONL of the pure engine's run: what a summit must write whatever dies on the way.</summary>
    public static string UninterruptedJsonl(Scenario scenario, NegotiationRules rules) =>
        TranscriptJsonl.Write(scenario, SummitRunner.Run(scenario, rules).Transcript);

    /// <summary>The built `techpact` executable's dll (copied beside the tests by the project reference).</summary>
    public static string TechpactDll => Path.Combine(AppContext.BaseDirectory, "techpact.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the repository (no TechPactOrleans.sln above " + AppContext.BaseDirectory + ").");
    }
}
