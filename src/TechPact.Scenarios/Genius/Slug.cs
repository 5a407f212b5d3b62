namespace TechPact.Scenarios.Genius;

/// <summary>Turns GENIUS names ("External Monitor", "$4.37") into the kebab-case ids scenarios use,
/// and profile file names into country ids, always within the id alphabet and length
/// (<see cref="TextRules.IdProblem"/>).</summary>
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
        return Fit(builder.ToString(), fallback);
    }

    /// <summary>A country id from a profile's file name: its letters, digits, '.', '_' and '-' kept
    /// as they are (GENIUS names profiles "Laptop_util1", "ItexvsCypress_Cypress"), anything else a '-'.</summary>
    public static string Id(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch) || (builder.Length > 0 && ch is '.' or '_')) builder.Append(ch);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return Fit(builder.ToString(), fallback);
    }

    /// <summary>Slugs for a list of names, suffixed -2, -3 … where two names collide.</summary>
    public static List<string> Unique(IEnumerable<string> texts, string fallbackPrefix) =>
        Distinct(texts.Select((text, n) => Of(text, $"{fallbackPrefix}-{n + 1}")));

    /// <summary>Country ids for a list of file names, suffixed -2, -3 … where two come out the same.</summary>
    public static List<string> UniqueIds(IEnumerable<string> texts, string fallbackPrefix) =>
        Distinct(texts.Select((text, n) => Id(text, $"{fallbackPrefix}-{n + 1}")));

    private static List<string> Distinct(IEnumerable<string> slugs)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var slug in slugs)
        {
            var candidate = slug;
            for (var k = 2; !taken.Add(candidate); k++)
            {
                var suffix = $"-{k}";
                candidate = Fit(slug[..Math.Min(slug.Length, InputLimits.MaxIdLength - suffix.Length)], slug) + suffix;
            }
            result.Add(candidate);
        }
        return result;
    }

    /// <summary>Cut to the id length, without a '-' dangling at either end.</summary>
    private static string Fit(string slug, string fallback)
    {
        if (slug.Length > InputLimits.MaxIdLength) slug = slug[..InputLimits.MaxIdLength];
        slug = slug.Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }
}
