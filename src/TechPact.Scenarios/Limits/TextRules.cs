namespace TechPact.Scenarios.Limits;

/// <summary>What ids and free text may hold, for every parser that reads them.</summary>
/// <remarks>Ids become URL segments, cookie names (a seat's cookie is named after its country),
/// file names and tokens inside HTML and JavaScript, so they keep to an alphabet that needs no
/// escaping in any of them and cannot look like another id: ASCII letters, digits, '.', '_' and
/// '-', starting with a letter or digit. Free text (titles, names, standards) may be any
/// language, but not control characters (an ESC sequence would drive the terminal it is printed
/// on), bidirectional controls (they make text display differently from what it says, as in
/// "Trojan Source") or invisible characters that make two equal-looking texts differ.</remarks>
public static class TextRules
{
    /// <summary>The id alphabet as a JSON Schema / .NET pattern; the length is <see cref="InputLimits.MaxIdLength"/>.</summary>
    public const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    public const string IdDescription = "1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <returns>Why <paramref name="id"/> is not a valid id, as a phrase after "the id …"; null when it is.</returns>
    public static string? IdProblem(string id)
    {
        if (id.Length == 0) return "is empty; expected " + IdDescription;
        if (id.Length > InputLimits.MaxIdLength)
            return $"is {id.Length} characters long; expected {IdDescription}";
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var allowed = char.IsAsciiLetterOrDigit(c) || (i > 0 && c is '.' or '_' or '-');
            if (!allowed)
                return $"'{Visible(id)}' has {Name(id, i)} at character {i + 1}; expected {IdDescription}";
        }
        return null;
    }

    /// <summary>Whether <paramref name="text"/> keeps to the id alphabet within <paramref name="maxLength"/>
    /// (longer than an id for derived keys such as a fork's summit id, which grows with each fork).</summary>
    public static bool IsInIdAlphabet(string text, int maxLength) =>
        text.Length is > 0 && text.Length <= maxLength && char.IsAsciiLetterOrDigit(text[0]) &&
        text.AsSpan().IndexOfAnyExcept(IdCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    /// <returns>Why <paramref name="text"/> is not a valid one-line name or title; null when it is.</returns>
    public static string? NameProblem(string text) => FreeTextProblem(text, InputLimits.MaxNameLength, multiline: false);

    /// <returns>Why <paramref name="text"/> is not a valid description or standard text; null when it is.</returns>
    public static string? TextProblem(string text) => FreeTextProblem(text, InputLimits.MaxTextLength, multiline: true);

    private static string? FreeTextProblem(string text, int maxLength, bool multiline)
    {
        if (text.Length > maxLength) return $"is {text.Length} characters long; at most {maxLength} are allowed";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (multiline && c is '\n' or '\t') continue;
            if (c is '\n' or '\r' or '\t')
                return $"holds {(c == '\t' ? "a tab" : "a line break")} at character {i + 1}; a name or title is one line";
            if (Kind(c) is { } kind)
                return $"holds {kind} {Name(text, i)} at character {i + 1}; {Why(kind)}";
        }
        return null;
    }

    /// <summary>The text with every character <see cref="TextRules"/> refuses written as \uXXXX,
    /// so it can go into an error message or onto a terminal without acting on either.</summary>
    /// <param name="keepLines">Leave line feeds and tabs as they are (several lines of output).</param>
    public static string Visible(string text, bool keepLines = false)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || Kind(c) is null || (keepLines && c is '\n' or '\t'))
            {
                escaped?.Append(c);
                if (pair) escaped?.Append(text[i + 1]);
                if (pair) i++;
                continue;
            }
            escaped ??= new StringBuilder(text, 0, i, text.Length + 8);
            escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return escaped?.ToString() ?? text;
    }

    /// <summary>What kind of forbidden character <paramref name="c"/> is, or null when it is allowed.</summary>
    private static string? Kind(char c) => c switch
    {
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => "control character",
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "bidirectional control",
        '\u200B' or (>= '\u2060' and <= '\u2064') or '\uFEFF' => "invisible character",
        '\uFFFE' or '\uFFFF' => "non-character",
        _ when char.IsSurrogate(c) => "unpaired surrogate",
        _ => null,
    };

    private static string Why(string kind) => kind switch
    {
        "control character" => "text may not hold control characters (an escape sequence would act on the terminal it is printed on)",
        "bidirectional control" => "text may not hold bidirectional controls: they make it display differently from what it says",
        "invisible character" => "text may not hold invisible characters: they make two texts that look the same differ",
        _ => "the text is not valid Unicode",
    };

    private static string Name(string text, int i) => text[i] switch
    {
        ' ' => "a space",
        '\'' => "a quote mark (')",
        var c when Kind(c) is not null || c > '\u007E' => $"U+{(int)c:X4}",
        var c => $"'{c}'",
    };
}
