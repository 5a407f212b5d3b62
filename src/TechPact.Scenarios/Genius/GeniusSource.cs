namespace TechPact.Scenarios.Genius;

/// <summary>One GENIUS XML document and the name diagnostics should give it.</summary>
public sealed record GeniusSource(string FileName, string Xml)
{
    public static GeniusSource FromFile(string path) => new(path, File.ReadAllText(path));
}
