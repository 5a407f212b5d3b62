namespace TechPact.Host.Web.Library;

/// <summary>The scenario files a server offers, read from its folder on every request so a file
/// dropped in while it runs is offered at once. A scenario's id is its file name without ".yaml".</summary>
public sealed class ScenarioLibrary(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public sealed record Entry(string Id, string Title, string File, int Countries, int Issues, long Seed, int MaxRounds, string Protocol);

    public IReadOnlyList<Entry> List() =>
        Files().Select(f => (File: f, Loaded: ScenarioLoader.LoadFile(f)))
            .Where(x => !x.Loaded.HasErrors && x.Loaded.Scenario is not null)
            .Select(x => Describe(IdOf(x.File), x.File, x.Loaded.Scenario!))
            .ToList();

    /// <summary>The scenario with that id, or null when there is no such (valid) file.</summary>
    public Scenario? Find(string id)
    {
        var file = Files().FirstOrDefault(f => string.Equals(IdOf(f), id, StringComparison.Ordinal));
        if (file is null) return null;
        var loaded = ScenarioLoader.LoadFile(file);
        return loaded.HasErrors ? null : loaded.Scenario;
    }

    private IEnumerable<string> Files() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.yaml").Concat(Directory.EnumerateFiles(Folder, "*.yml")).Order(StringComparer.Ordinal)
            : [];

    private static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);

    private static Entry Describe(string id, string file, Scenario s) =>
        new(id, s.Title, Path.GetFileName(file), s.Countries.Length, s.Issues.Length, s.Rules.Seed, s.Rules.MaxRounds, s.Rules.Protocol);
}
