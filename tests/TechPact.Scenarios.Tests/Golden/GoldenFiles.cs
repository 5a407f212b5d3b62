namespace TechPact.Tests.Golden;

/// <summary>Files pinned byte for byte in <c>tests/TechPact.Scenarios.Tests/Golden/Files</c>: what the
/// writers produced when the pin was made, so a refactoring of a writer cannot change a byte unseen.</summary>
/// <remarks>Shared by the Scenarios and Host tests (linked). To accept a deliberate change of format,
/// run the tests once with <c>TECHPACT_WRITE_GOLDEN=1</c> and review the diff of the files.</remarks>
internal static class GoldenFiles
{
    public static string Directory { get; } = System.IO.Path.Combine(FindRoot(), "tests", "TechPact.Scenarios.Tests", "Golden", "Files");

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static void Match(string name, string actual)
    {
        var path = Path(name);
        if (Environment.GetEnvironmentVariable("TECHPACT_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {name}: write it with TECHPACT_WRITE_GOLDEN=1");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        string At(string[] lines) => line < lines.Length ? Excerpt(lines[line], Column(e, a, line)) : "<no such line>";
        Assert.Fail($"{name}:{line + 1}:{Column(e, a, line)}: differs from the golden file\n  golden: {At(e)}\n  actual: {At(a)}");
    }

    private static int Column(string[] e, string[] a, int line)
    {
        var left = line < e.Length ? e[line] : "";
        var right = line < a.Length ? a[line] : "";
        var n = 0;
        while (n < left.Length && n < right.Length && left[n] == right[n]) n++;
        return n + 1;
    }

    private static string Excerpt(string line, int column)
    {
        var start = Math.Max(0, column - 60);
        var end = Math.Min(line.Length, column + 60);
        return (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TechPactOrleans.sln"))) return dir.FullName;
        throw new InvalidOperationException("TechPactOrleans.sln not found above " + AppContext.BaseDirectory);
    }
}
