using System.Text.Json;

namespace TechPact.Scenarios.Reports;

/// <summary>An extra top-level key of result.json after the fixed ones; the seam the outcome
/// analysis (<c>analysis</c>: nash, kalaiSmorodinsky, maxWelfare, …) plugs into.</summary>
public interface IResultSection
{
    /// <summary>The key, e.g. "analysis".</summary>
    string Name { get; }

    /// <summary>Writes the key's value (an object, array or scalar), deterministically.</summary>
    void WriteValue(Utf8JsonWriter writer);
}
