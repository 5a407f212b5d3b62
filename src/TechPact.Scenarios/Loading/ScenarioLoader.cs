using TechPact.Scenarios.Loading.Text;
using YamlDotNet.Core;

namespace TechPact.Scenarios.Loading;

/// <summary>Reads scenario YAML into the engine's model, reporting every problem at once.</summary>
/// <remarks>Never throws for bad input: a missing, oversized, binary or malformed file comes back
/// as diagnostics. See docs/scenario-format.md for the limits (<see cref="InputLimits"/>).</remarks>
public static class ScenarioLoader
{
    public static ScenarioLoadResult LoadFile(string path)
    {
        var (bytes, problem) = BoundedFile.Read(path, InputLimits.MaxScenarioBytes, "scenario files");
        return bytes is null ? WholeFileError(new DiagnosticBag(path), problem!) : LoadUtf8(bytes, path);
    }

    /// <summary>Loads raw file bytes, which must be UTF-8 (a byte-order mark is allowed).</summary>
    /// <param name="fileName">Used in diagnostics only.</param>
    public static ScenarioLoadResult LoadUtf8(ReadOnlySpan<byte> utf8, string fileName)
    {
        var diagnostics = new DiagnosticBag(fileName);
        if (utf8.Length > InputLimits.MaxScenarioBytes) return WholeFileError(diagnostics, TooLarge(utf8.Length));
        var text = Utf8Screening.Decode(utf8, diagnostics);
        return text is null ? Result(null, diagnostics) : Load(text, diagnostics);
    }

    /// <param name="fileName">Used in diagnostics only.</param>
    public static ScenarioLoadResult LoadText(string yaml, string fileName)
    {
        var diagnostics = new DiagnosticBag(fileName);
        // Length first: counting UTF-8 bytes of a huge string would already cost a pass over it.
        if (yaml.Length > InputLimits.MaxScenarioBytes || Utf8Screening.ByteCount(yaml) > InputLimits.MaxScenarioBytes)
            return WholeFileError(diagnostics, TooLarge(Math.Max(yaml.Length, Utf8Screening.ByteCount(yaml))));
        return Load(yaml, diagnostics);
    }

    private static ScenarioLoadResult Load(string text, DiagnosticBag diagnostics)
    {
        if (!CharacterScreening.AllCharactersAllowed(text, diagnostics)) return Result(null, diagnostics);
        var tab = CharacterScreening.FirstIndentationTab(text);
        var root = new YamlTreeBuilder(diagnostics, tab).Build(new Parser(new StringReader(text)));
        return Result(root is null ? null : ScenarioReader.Read(root, diagnostics), diagnostics);
    }

    private static string TooLarge(long bytes) =>
        $"the file is {bytes / (1024.0 * 1024.0):0.0} MiB; scenario files are limited to {InputLimits.MaxScenarioBytes / (1024 * 1024)} MiB";

    private static ScenarioLoadResult WholeFileError(DiagnosticBag diagnostics, string message)
    {
        diagnostics.Error(SourcePosition.WholeFile, message);
        return Result(null, diagnostics);
    }

    private static ScenarioLoadResult Result(Negotiation.Summits.Scenario? scenario, DiagnosticBag diagnostics) =>
        new(scenario, diagnostics.ToList());
}
