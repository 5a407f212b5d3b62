using System.Text;

namespace TechPact.Scenarios.Genius;

/// <summary>Turns GENIUS names ("External Monitor", "$4.37") into the kebab-case ids scenarios use.</summary>
internal static class Slug
{
    public static string Of(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(ch);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>Slugs for a list of names, suffixed -2, -3 … where two names collide.</summary>
    public static List<string> Unique(IEnumerable<string> texts, string fallbackPrefix)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        var n = 0;
        foreach (var text in texts)
        {
            n++;
            var slug = Of(text, $"{fallbackPrefix}-{n}");
            var candidate = slug;
            for (var k = 2; !taken.Add(candidate); k++) candidate = $"{slug}-{k}";
            result.Add(candidate);
        }
        return result;
    }
}
