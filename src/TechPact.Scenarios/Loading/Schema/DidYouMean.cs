namespace TechPact.Scenarios.Loading.Schema;

/// <summary>Suggests the known name a misspelt one was probably meant to be, using the
/// optimal-string-alignment (restricted Damerau–Levenshtein) distance, ignoring letter case.</summary>
internal static class DidYouMean
{
    /// <summary>The closest candidate within a third of its length (at least one edit), or null.</summary>
    public static string? Closest(string found, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var allowed = Math.Max(1, (candidate.Length + 2) / 3);
            var distance = Distance(found, candidate, allowed);
            if (distance <= allowed && distance < bestDistance && candidate != found)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>"; did you mean 'x'?" when there is a close candidate, otherwise empty.</summary>
    public static string Hint(string found, IEnumerable<string> candidates) =>
        Closest(found, candidates) is { } match ? $"; did you mean '{match}'?" : "";

    /// <summary>"; did you mean 'x'? known: a, b" or "; known: a, b".</summary>
    public static string HintAndKnown(string found, IReadOnlyCollection<string> known)
    {
        var hint = Hint(found, known);
        return (hint.Length > 0 ? hint : ";") + " known: " + Yaml.Describe.List(known);
    }

    /// <summary>Edit distance, or <paramref name="limit"/> + 1 as soon as it must exceed the
    /// limit, so a 4 MiB key costs nothing.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
