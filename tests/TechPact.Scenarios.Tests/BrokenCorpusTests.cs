using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests;

/// <summary>Each file under Broken/ holds one mistake and, in its leading comments, every
/// diagnostic it must produce: <c># expect: line:col severity: message</c>.</summary>
public class BrokenCorpusTests
{
    private const string ExpectPrefix = "# expect: ";

    public static TheoryData<string> BrokenFiles() =>
        new(Directory.GetFiles(TestFiles.BrokenDirectory, "*.yaml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Reports_exactly_the_expected_diagnostics(string fileName)
    {
        var path = Path.Combine(TestFiles.BrokenDirectory, fileName);
        var expected = File.ReadLines(path)
            .TakeWhile(line => line.StartsWith('#'))
            .Where(line => line.StartsWith(ExpectPrefix, StringComparison.Ordinal))
            .Select(line => line[ExpectPrefix.Length..])
            .ToList();

        var result = ScenarioLoader.LoadFile(path);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Diagnostics.Select(Format));
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.File));
        Assert.Equal(result.HasErrors, result.Scenario is null);
    }

    [Fact]
    public void Corpus_covers_at_least_fifteen_mistakes() =>
        Assert.True(BrokenFiles().Count >= 15);

    [Fact]
    public void A_file_with_several_mistakes_reports_all_of_them()
    {
        var text = MinimalScenario.Text
            .Replace("title: Minimal", "titel: Minimal")
            .Replace("reservation: 0.2", "reservation: lots")
            .Replace("{ high: 1, low: 0.3 }", "{ hihg: 1, low: 0.3 }");

        var messages = ScenarioLoader.LoadText(text, "many.yaml").Diagnostics.Select(d => d.Message).ToList();

        Assert.Contains("unknown key 'titel' in scenario; did you mean 'title'?", messages);
        Assert.Contains("missing required key 'title' in scenario", messages);
        Assert.Equal(2, messages.Count(m => m == "'lots' is not a number; expected a number between 0 and 1"));
        Assert.Contains("option 'hihg' does not exist on issue 'tariffs'; did you mean 'high'? (options: high, low)", messages);
    }

    private static string Format(Diagnostic d) =>
        $"{d.Line}:{d.Column} {(d.Severity == Severity.Error ? "error" : "warning")}: {d.Message}";
}
