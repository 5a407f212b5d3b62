namespace TechPact.Scenarios.Genius;

/// <param name="IgnoreDiscount">Drop discount factors below 1 (a warning says so), so that utilities are
/// undiscounted. Without it a profile's factor becomes its country's <c>discount</c>: see docs/genius-import.md.</param>
/// <param name="MaxProfiles">When importing a folder, take only the first this many profiles in
/// file-name order (some domains ship more profiles than parties at a table).</param>
/// <param name="ScenarioId">Overrides the scenario id (default: the folder or domain file name, slugified).</param>
public sealed record GeniusImportOptions(bool IgnoreDiscount = false, int? MaxProfiles = null, string? ScenarioId = null)
{
    public static readonly GeniusImportOptions Default = new();
}
