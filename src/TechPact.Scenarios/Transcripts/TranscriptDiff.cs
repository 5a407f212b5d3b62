namespace TechPact.Scenarios.Transcripts;

/// <summary>The first line at which two transcripts differ (1-based), with both versions; a
/// missing line is null.</summary>
public sealed record TranscriptDiff(int Line, string? Expected, string? Actual)
{
    private const int Context = 80;

    /// <summary>1-based column of the first differing character.</summary>
    public int Column
    {
        get
        {
            var left = Expected ?? "";
            var right = Actual ?? "";
            var n = 0;
            while (n < left.Length && n < right.Length && left[n] == right[n]) n++;
            return n + 1;
        }
    }

    /// <summary>The part of a line around <see cref="Column"/>: a summit-opened line carries a whole scenario.</summary>
    public string Excerpt(string? line)
    {
        if (line is null) return "<no such line>";
        var start = Math.Max(0, Column - 1 - Context);
        var end = Math.Min(line.Length, Column - 1 + Context);
        return (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
    }

    /// <returns>Null when the texts are identical.</returns>
    public static TranscriptDiff? First(string expected, string actual)
    {
        if (expected == actual) return null;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var n = 0; ; n++)
        {
            var left = n < e.Length ? e[n] : null;
            var right = n < a.Length ? a[n] : null;
            if (left != right) return new TranscriptDiff(n + 1, left, right);
        }
    }
}
