namespace TechPact.Host.Cli;

/// <summary>Loads scenario files for the verbs, printing every diagnostic as file:line:col.</summary>
public static class ScenarioInput
{
    /// <returns>The scenario, or null when the file had errors (already printed).</returns>
    public static Scenario? Load(string path, TextWriter error)
    {
        var result = ScenarioLoader.LoadFile(path);
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic.ToString());
        return result.HasErrors ? null : result.Scenario;
    }
}
