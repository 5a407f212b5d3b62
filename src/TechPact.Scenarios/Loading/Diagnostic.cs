namespace TechPact.Scenarios.Loading;

public enum Severity { Error, Warning }

/// <summary>One problem found in a scenario file, with the place it was found (1-based line
/// and column) and what was expected there.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
