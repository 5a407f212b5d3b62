namespace TechPact.Scenarios.Transcripts;

/// <summary>A transcript.jsonl that cannot be read back, with the line at fault (0: the file as a whole).</summary>
public sealed class TranscriptFormatException(string file, int line, string message) : Exception(message)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    /// <summary>file:line: error: message — the form every tool's diagnostics take, terminal-safe
    /// (<see cref="TextRules.Visible"/>): a message may quote a value from the file.</summary>
    public string Diagnostic => TextRules.Visible(Line > 0 ? $"{File}:{Line}: error: {Message}" : $"{File}: error: {Message}");
}
