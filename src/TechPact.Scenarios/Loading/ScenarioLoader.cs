namespace TechPact.Scenarios.Loading;

/// <summary>Reads scenario YAML into the engine's model, reporting every problem at once.</summary>
public static class ScenarioLoader
{
    public static ScenarioLoadResult LoadFile(string path) => throw new NotImplementedException();

    /// <param name="fileName">Used in diagnostics only.</param>
    public static ScenarioLoadResult LoadText(string yaml, string fileName) => throw new NotImplementedException();
}
