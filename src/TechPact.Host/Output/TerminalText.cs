namespace TechPact.Host.Output;

/// <summary>User text on the terminal: Spectre markup escaped ('[' is markup) and every control,
/// bidirectional or invisible character written out as \uXXXX, so a title from a file can neither
/// restyle the output nor drive the terminal (an "\e[2J" in a title would clear the screen). The
/// loaders already refuse such text; this holds for whatever reaches the screen by another way.</summary>
public static class TerminalText
{
    public static string Markup(string text) => Spectre.Console.Markup.Escape(TextRules.Visible(text, keepLines: true));
}
