namespace TechPact.Scenarios.Loading;

public enum Severity { Error, Warning }

/// <summary>One problem found in a scenario file, with the place it was found (1-based line
/// and column) and what was expected there. Line and column are 0 when the problem concerns
/// the file as a whole (missing, too large).</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public bool IsWholeFile => Line == 0;

    /// <summary>file:line:col: error: message, with any control character in the file name or the
    /// message written out (<see cref="TextRules.Visible"/>): diagnostics are printed on terminals.</summary>
    public override string ToString() => TextRules.Visible(
        IsWholeFile
            ? $"{File}: {SeverityText}: {Message}"
            : $"{File}:{Line}:{Column}: {SeverityText}: {Message}");

    private string SeverityText => Severity == Severity.Error ? "error" : "warning";
}
