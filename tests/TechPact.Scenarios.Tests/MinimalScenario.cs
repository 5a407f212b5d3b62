namespace TechPact.Scenarios.Tests;

/// <summary>The smallest valid scenario: no optional keys, two countries, one issue, and an
/// agreement possible (each side values the other's favourite above its reservation).</summary>
internal static class MinimalScenario
{
    public const string Text = """
        id: minimal
        title: Minimal
        issues:
          - id: tariffs
            title: Tariffs
            options:
              - { id: high, label: High, standard: High tariffs. }
              - { id: low, label: Low, standard: Low tariffs. }
        countries:
          - id: A
            name: Alpha
            priorities: { tariffs: 1 }
            positions: { tariffs: { high: 1, low: 0.3 } }
            reservation: 0.2
          - id: B
            name: Beta
            priorities: { tariffs: 1 }
            positions: { tariffs: { high: 0.3, low: 1 } }
            reservation: 0.2
        """;
}
