namespace TechPact.Scenarios.Loading;

/// <summary>The outcome of reading a scenario: the scenario when there were no errors, and
/// every diagnostic found (errors and warnings) either way.</summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
