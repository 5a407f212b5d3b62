using System.Text.Json;
using Json.Schema;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Loading.Format;

namespace TechPact.Scenarios.Tests.Library;

/// <summary>schema/scenario.schema.json is generated from <see cref="ScenarioFormat"/>, whose key
/// sets the loader checks against; these tests keep the file, the format and the library in step.</summary>
public class SchemaTests
{
    private const string RegenerateVariable = "TECHPACT_WRITE_SCHEMA";

    private static JsonSchema Schema() => JsonSchema.FromText(File.ReadAllText(RepoRoot.Schema));

    [Fact]
    public void The_checked_in_schema_is_the_generated_one()
    {
        var generated = JsonSchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") File.WriteAllText(RepoRoot.Schema, generated);
        Assert.True(generated == File.ReadAllText(RepoRoot.Schema),
            $"schema/scenario.schema.json is stale; regenerate it with {RegenerateVariable}=1 dotnet test tests/TechPact.Scenarios.Tests --filter SchemaTests");
    }

    public static TheoryData<string> LibraryFiles() => new(RepoRoot.ScenarioFiles().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void Every_library_scenario_satisfies_the_schema(string fileName)
    {
        var errors = Check(File.ReadAllText(Path.Combine(RepoRoot.Scenarios, fileName)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void Every_library_scenario_names_the_schema_in_its_first_line(string fileName) =>
        Assert.Equal("# yaml-language-server: $schema=../schema/scenario.schema.json",
            File.ReadLines(Path.Combine(RepoRoot.Scenarios, fileName)).First());

    [Theory]
    [InlineData("logrolling: true", "logroling: true")]
    [InlineData("club-threshold: 2", "club-threshold: 2.5")]
    [InlineData("  - round: 2", "  - round: 0")]
    [InlineData("      - reservation: { country: A, value: 0.1 }", "      - reservation: { country: A, value: 0.1 }\n        priority: { country: A, issue: tariffs, weight: 1 }")]
    public void The_schema_rejects_what_the_loader_rejects(string valid, string broken)
    {
        Assert.Empty(Check(Full));
        Assert.Contains(valid, Full);
        Assert.NotEmpty(Check(Full.Replace(valid, broken)));
        Assert.True(ScenarioLoader.LoadText(Full.Replace(valid, broken), "broken.yaml").HasErrors);
    }

    [Fact]
    public void Every_mapping_of_the_format_is_defined_in_the_schema_with_its_keys()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoRoot.Schema));
        var definitions = schema.RootElement.GetProperty("$defs");
        foreach (var mapping in new[] { ScenarioFormat.Issue, ScenarioFormat.Option, ScenarioFormat.Country, ScenarioFormat.Track, ScenarioFormat.Event, ScenarioFormat.Effect })
        {
            var keys = definitions.GetProperty(mapping.Name).GetProperty("properties").EnumerateObject().Select(p => p.Name);
            Assert.Equal(mapping.Keys, keys);
        }
        Assert.Equal(ScenarioFormat.Scenario.Keys, schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    internal static List<string> Check(string yaml)
    {
        var instance = JsonSerializer.SerializeToElement(YamlAsJson.Parse(yaml));
        var result = Schema().Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    /// <summary>Uses every key the format has.</summary>
    internal const string Full = """
        id: full
        title: Every key
        description: A scenario that uses every key of the format.
        seed: 7
        max-rounds: 6
        protocol: single-negotiating-text
        noise: 0
        logrolling: true
        club-threshold: 2
        issues:
          - id: tariffs
            title: Tariffs
            areas: [trade]
            options:
              - { id: high, label: High, standard: High tariffs. }
              - { id: mid, label: Middle, standard: Middling tariffs. }
              - { id: low, label: Low, standard: Low tariffs. }
        countries:
          - id: A
            name: Alpha
            strengths: { trade: 0.7 }
            priorities: { tariffs: 1 }
            positions: { tariffs: { high: 1, mid: 0.6, low: 0.2 } }
            red-lines: { tariffs: [low] }
            reservation: 0.1
            strategy: { name: conceder, exponent: 1.5 }
          - id: B
            name: Beta
            priorities: { tariffs: 1 }
            positions: { tariffs: { high: 0.2, mid: 0.6, low: 1 } }
            reservation: 0.1
            strategy: linear
        tracks:
          - id: ab
            title: Alpha–Beta talks
            countries: [A, B]
            issues: [tariffs]
        events:
          - round: 2
            id: shock
            title: A trade shock
            effects:
              - reservation: { country: A, value: 0.1 }
              - strength: { country: B, area: trade, value: 0.9 }
              - red-line: { country: B, issue: tariffs, option: high }
              - lift-red-line: { country: A, issue: tariffs, option: low }
              - join:
                  id: C
                  name: Gamma
                  priorities: { tariffs: 1 }
                  positions: { tariffs: { high: 0.5, mid: 1, low: 0.5 } }
                  reservation: 0.2
              - priority: { country: C, issue: tariffs, weight: 1 }
        """;
}
