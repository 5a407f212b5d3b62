using System.Text.RegularExpressions;

namespace TechPact.Scenarios.Lessons;

/// <summary>Keeps a scenario's lesson material — one confidential brief per country and the teacher's
/// guide — in step with the scenario. The prose is written by hand; every number a student or teacher
/// reads sits in a generated block, <c>&lt;!-- generated:NAME --&gt;</c> … <c>&lt;!-- /generated:NAME --&gt;</c>,
/// that <see cref="Refresh"/> rewrites from the scenario (and, for the guide's benchmark, from running it).</summary>
/// <remarks>Files sit beside the scenario: <c>NAME.brief-ID.md</c> per country, <c>NAME.teacher-guide.md</c>.
/// A test rewrites every one and fails when the checked-in text differs (drift), naming the block.</remarks>
public static partial class LessonMaterial
{
    [GeneratedRegex(@"<!-- generated:(?<name>[a-z-]+) -->\n(?<body>.*?)<!-- /generated:\k<name> -->", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>The lesson files beside <paramref name="scenarioPath"/>, each with the country its brief is for (null: the guide).</summary>
    public static IReadOnlyList<(string Path, string? Country)> FilesBeside(string scenarioPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(scenarioPath))!;
        var name = Path.GetFileNameWithoutExtension(scenarioPath);
        var files = new List<(string, string?)>();
        foreach (var path in Directory.GetFiles(dir, name + ".brief-*.md").Order(StringComparer.Ordinal))
            files.Add((path, Path.GetFileNameWithoutExtension(path)[(name.Length + ".brief-".Length)..]));
        var guide = Path.Combine(dir, name + ".teacher-guide.md");
        if (File.Exists(guide)) files.Add((guide, null));
        return files;
    }

    /// <summary>The markdown with every generated block rewritten; for a brief, <paramref name="country"/> is its country's id.</summary>
    /// <exception cref="ArgumentException">A block this kind of file has no generator for, or an unknown country.</exception>
    public static string Refresh(string markdown, Scenario scenario, string? country)
    {
        var c = country is null ? -1 : scenario.CountryIndex(country);
        if (country is not null && c < 0) throw new ArgumentException($"The scenario has no country '{country}'.", nameof(country));
        Benchmark? benchmark = null;
        return Block().Replace(markdown, m =>
        {
            var name = m.Groups["name"].Value;
            var body = (country, name) switch
            {
                (not null, "stand-in") => BriefBlocks.StandIn(scenario, c),
                (not null, "strengths") => BriefBlocks.Strengths(scenario, c),
                (not null, "positions") => BriefBlocks.Positions(scenario, c),
                (not null, "reservation") => BriefBlocks.Reservation(scenario, c),
                (null, "glance") => GuideBlocks.Glance(scenario),
                (null, "benchmark") => GuideBlocks.Describe(benchmark ??= Benchmark.Of(scenario)),
                (null, "strength-answers") => GuideBlocks.StrengthAnswers(benchmark ??= Benchmark.Of(scenario)),
                _ => throw new ArgumentException($"No generator for block '{name}' in a {(country is null ? "teacher's guide" : "brief")}."),
            };
            return $"<!-- generated:{name} -->\n{body.TrimEnd('\n')}\n<!-- /generated:{name} -->";
        });
    }

    /// <summary>The names of the generated blocks whose text differs between two versions of a file.</summary>
    public static IReadOnlyList<string> Drifted(string checkedIn, string refreshed)
    {
        var before = Block().Matches(checkedIn).ToDictionary(m => m.Groups["name"].Value, m => m.Value);
        return [.. Block().Matches(refreshed).Where(m => !before.TryGetValue(m.Groups["name"].Value, out var old) || old != m.Value)
            .Select(m => m.Groups["name"].Value)];
    }

    internal static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Short(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    internal static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    internal static StringBuilder Line(this StringBuilder text, string line) => text.Append(line).Append('\n');
}
