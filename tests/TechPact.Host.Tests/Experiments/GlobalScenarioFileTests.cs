using TechPact.Host.Experiments;
using TechPact.Scenarios.Global;

namespace TechPact.Host.Tests.Experiments;

/// <summary>scenarios/global-ai-standards.yaml is exactly what the generator writes.</summary>
public sealed class GlobalScenarioFileTests
{
    [Fact]
    public void The_committed_file_is_the_generators_output()
    {
        var path = Path.Combine(Repository.Root, "scenarios", "global-ai-standards.yaml");
        Assert.Equal(GlobalScenarioYaml.Generate(), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_file_names_every_member_and_every_bloc()
    {
        var yaml = GlobalScenarioYaml.Generate();
        Assert.All(UnMembers.All, m => Assert.Contains($"\n  - id: {m.Code}\n", yaml.Replace($"\"{m.Code}\"", m.Code)));
        Assert.All(RegionalBlocs.All, b => Assert.Contains($"\n  - id: {b.Id}\n", yaml));
        Assert.Contains("\nclub-threshold: 97\n", yaml);
        Assert.Contains("\"NO\"", yaml); // Norway, quoted so YAML 1.1 readers don't see "false"
    }
}
