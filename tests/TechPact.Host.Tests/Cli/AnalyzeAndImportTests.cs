using System.Text.Json;

namespace TechPact.Host.Tests.Cli;

public class AnalyzeAndImportTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task Analyze_prints_the_bargaining_solutions_as_json()
    {
        var (exit, output, _) = await CliHarness.RunAsync("analyze", Fixture("small.yaml"), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("exact").GetBoolean());
        foreach (var key in new[] { "nash", "kalaiSmorodinsky", "maxWelfare" })
            Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty(key).GetProperty("utilities").ValueKind);
    }

    [Fact]
    public async Task Analyze_on_a_broken_file_exits_2()
    {
        var (exit, _, error) = await CliHarness.RunAsync("analyze", Fixture("broken.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("broken.yaml:", error);
    }

    [Fact]
    public async Task A_GENIUS_domain_imports_to_a_scenario_that_analyze_takes()
    {
        var genius = Path.Combine(AppContext.BaseDirectory, "Fixtures", "genius");
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "imported.yaml");

        var (exit, _, error) = await CliHarness.RunAsync("import", "genius", genius, "-o", target);
        Assert.True(exit == 0, error);
        var (analyzed, output, _) = await CliHarness.RunAsync("analyze", target, "--json");

        Assert.Equal(0, analyzed);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("nash").ValueKind);
    }

    [Fact]
    public async Task Malformed_GENIUS_XML_is_invalid_input()
    {
        using var dir = new TempDirectory();
        var domain = Path.Combine(dir.Path, "domain.xml");
        File.WriteAllText(domain, "<negotiation_template><utility_space>");
        var profile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "genius", "tiny_alice.xml");
        var (exit, output, error) = await CliHarness.RunAsync("import", "genius", domain, profile);
        Assert.Equal(2, exit);
        Assert.Contains("domain.xml:", error);
        Assert.Empty(output);
    }
}
