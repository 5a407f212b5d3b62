namespace TechPact.Scenarios.Loading.Text;

/// <summary>Checks the text before YamlDotNet sees it: the parser silently stops at a NUL and
/// reports tab indentation at misleading places, so both are located here instead.</summary>
internal static class CharacterScreening
{
    /// <summary>Reports the first character YAML forbids; false means the text is unusable.</summary>
    public static bool AllCharactersAllowed(string text, DiagnosticBag diagnostics)
    {
        int line = 1, column = 1;
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 0;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var problem = Problem(c);
            if (problem is null) continue;
            diagnostics.Error(new SourcePosition(line, column), problem);
            return false;
        }
        return true;
    }

    private static string? Problem(char c) => c switch
    {
        '\0' => "NUL character (U+0000): this looks like a binary file; a scenario must be UTF-8 text",
        '\t' or '\r' or '\u0085' => null,
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') or '\uFFFE' or '\uFFFF' =>
            $"control character U+{(int)c:X4} is not allowed in YAML; a scenario must be plain text",
        _ when char.IsSurrogate(c) => $"unpaired surrogate U+{(int)c:X4}: the text is not valid Unicode",
        _ => null,
    };

    /// <summary>The first tab inside a line's indentation, if any.</summary>
    public static SourcePosition? FirstIndentationTab(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }
            if (atLineStart && c == '\t') return new SourcePosition(line, column);
            if (c != ' ') atLineStart = false;
            column++;
        }
        return null;
    }
}
