namespace TechPact.Scenarios.Loading;

/// <summary>Bounds that keep loading a hostile or broken file fast and small. They sit far
/// above what a real scenario needs (64 issues × 64 options × a few dozen countries).</summary>
public static class ScenarioLimits
{
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>A scenario nests six levels deep; the slack is for hand-written flow style.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>Every node an alias makes reachable again counts against this budget, so a
    /// "billion laughs" file is refused after a few thousand steps instead of being walked.</summary>
    public const int MaxAliasExpansion = 100_000;

    /// <summary>Nodes in the document itself. YamlDotNet allocates a few hundred bytes per node,
    /// so 4 MiB of one-character nodes would cost ~1.5 GB of garbage and seconds; this stops
    /// such a file early. The largest agenda (64 issues × 64 options) with eight countries fits.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Past this many problems the rest are noise; the report says it stopped.</summary>
    public const int MaxDiagnostics = 100;
}
