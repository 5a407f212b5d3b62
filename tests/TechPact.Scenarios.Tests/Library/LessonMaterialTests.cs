using TechPact.Scenarios.Lessons;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests.Library;

/// <summary>The lesson material beside each scenario (briefs, teacher's guide) is generated from the
/// scenario: the checked-in files must be what the generator writes, so they cannot drift from it.</summary>
public class LessonMaterialTests
{
    private const string RegenerateVariable = "TECHPACT_WRITE_LESSONS";

    public static TheoryData<string> LessonFiles() =>
        new(RepoRoot.ScenarioFiles().SelectMany(LessonMaterial.FilesBeside).Select(f => Path.GetFileName(f.Path)));

    [Theory]
    [MemberData(nameof(LessonFiles))]
    public void Checked_in_lesson_material_is_what_the_scenario_generates(string fileName)
    {
        var (scenarioPath, country) = Locate(fileName);
        var scenario = ScenarioLoader.LoadFile(scenarioPath).Scenario!;
        var path = Path.Combine(RepoRoot.Scenarios, fileName);
        var checkedIn = File.ReadAllText(path);
        var refreshed = LessonMaterial.Refresh(checkedIn, scenario, country);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") File.WriteAllText(path, refreshed);
        Assert.True(refreshed == checkedIn,
            $"{fileName} has drifted from {Path.GetFileName(scenarioPath)} in block(s) {string.Join(", ", LessonMaterial.Drifted(checkedIn, refreshed))}; " +
            $"regenerate with {RegenerateVariable}=1 dotnet test tests/TechPact.Scenarios.Tests --filter LessonMaterialTests");
    }

    [Fact]
    public void A_changed_number_is_caught_and_named()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml")).Scenario!;
        var brief = File.ReadAllText(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.brief-KR.md"));
        Assert.Contains("Joint stockpiles and friend-shoring 0.70", brief);
        var stale = brief.Replace("Joint stockpiles and friend-shoring 0.70", "Joint stockpiles and friend-shoring 0.40");
        Assert.Equal(["positions"], LessonMaterial.Drifted(stale, LessonMaterial.Refresh(stale, scenario, "KR")));
    }

    [Fact]
    public void The_seed_scenario_has_a_brief_for_every_country_and_a_guide()
    {
        var files = LessonMaterial.FilesBeside(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml"));
        Assert.Equal(["JP", "KR", "US", null], files.Select(f => f.Country));
    }

    private static (string Scenario, string? Country) Locate(string fileName)
    {
        foreach (var scenario in RepoRoot.ScenarioFiles())
            foreach (var (path, country) in LessonMaterial.FilesBeside(scenario))
                if (Path.GetFileName(path) == fileName) return (scenario, country);
        throw new FileNotFoundException(fileName);
    }
}
