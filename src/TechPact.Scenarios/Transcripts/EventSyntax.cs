using System.Globalization;
using System.Text;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Limits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Text;
using TechPact.Scenarios.Loading.Yaml;
using YamlDotNet.Core;

namespace TechPact.Scenarios.Transcripts;

/// <summary>Reads one scripted event in the scenario file's event syntax:
/// <c>{round: 5, id: gallium, title: "…", effects: [{reservation: {country: US, value: 0.3}}, …]}</c>
/// with the effects reservation, priority, strength, red-line and lift-red-line. Ids become the
/// engine's indices against <paramref name="scenario"/>; a wrong id gets a did-you-mean.</summary>
/// <remarks>Used for <c>techpact fork --inject</c>, the instructor console's inject, and the events of
/// a summit-forked transcript line (JSON is YAML's flow style). The text goes through the scenario
/// loader's own screening and tree builder, so it meets the same limits (<see cref="InputLimits"/>):
/// a 50,000-deep nesting is refused at level 64 instead of overflowing the stack. Errors throw
/// <see cref="EventSyntaxException"/> at the first problem.</remarks>
public static class EventSyntax
{
    private static readonly string[] Keys = ["round", "id", "title", "effects"];

    public static ScenarioEvent Parse(string text, Scenario scenario, int firstRound)
    {
        var root = Mapping(Tree(text), "the event");
        foreach (var (key, _) in root.Entries)
            if (!Keys.Contains(key.Value))
                throw Error(key, $"unknown key {Describe.Quoted(key.Value)}{DidYouMean.HintAndKnown(key.Value, Keys)}");

        var roundNode = Required(root, "round");
        if (!int.TryParse(Text(roundNode), NumberStyles.None, CultureInfo.InvariantCulture, out var round) || round < firstRound)
            throw Error(roundNode, $"round must be a whole number from {firstRound} (the round after the fork); got {Describe.Quoted(Text(roundNode))}");
        var idNode = Required(root, "id");
        var id = Checked(idNode, "id", TextRules.IdProblem);
        var title = Find(root, "title") is { } titleNode ? Checked(titleNode, "title", TextRules.NameProblem) : id;
        if (Required(root, "effects") is not YamlList { Items.Count: > 0 } effects)
            throw Error(Required(root, "effects"), "effects must be a non-empty list, e.g. [{reservation: {country: US, value: 0.3}}]");
        var reader = new EffectReader(scenario);
        return new ScenarioEvent(round, id, title, [.. effects.Items.Select(reader.Read)]);
    }

    /// <summary>The text's one document, built under the scenario loader's limits.</summary>
    private static YamlNode Tree(string text)
    {
        if (text.Length > InputLimits.MaxEventBytes || Encoding.UTF8.GetByteCount(text) > InputLimits.MaxEventBytes)
            throw new EventSyntaxException(1, 1, $"the event's text is longer than {BoundedFile.Limit(InputLimits.MaxEventBytes)}; an event is a few lines");
        var diagnostics = new DiagnosticBag("event");
        YamlNode? root = null;
        if (CharacterScreening.AllCharactersAllowed(text, diagnostics))
        {
            var tab = CharacterScreening.FirstIndentationTab(text);
            root = new YamlTreeBuilder(diagnostics, tab, YamlDocumentKind.Event).Build(new Parser(new StringReader(text)));
        }
        if (diagnostics.ToList().FirstOrDefault(d => d.Severity == Severity.Error) is { } first)
            throw new EventSyntaxException(Math.Max(1, first.Line), Math.Max(1, first.Column), first.Message);
        return root!;
    }

    internal static YamlMap Mapping(YamlNode node, string what) =>
        node as YamlMap ?? throw Error(node, $"{what} must be a mapping {{key: value, …}}");

    /// <summary>The value of <paramref name="key"/>; a key given twice is refused, not silently overridden.</summary>
    internal static YamlNode? Find(YamlMap map, string key)
    {
        var matches = map.Entries.Where(e => e.Key.Value == key).ToList();
        if (matches.Count > 1) throw Error(matches[1].Key, $"duplicate key '{key}'; first given at {matches[0].Key.Start}");
        return matches.Count == 1 ? matches[0].Value : null;
    }

    internal static YamlNode Required(YamlMap map, string key) => Find(map, key) ?? throw Error(map, $"missing '{key}'");

    internal static string Text(YamlNode node) =>
        node is YamlScalar { IsNull: false } scalar ? scalar.Value : throw Error(node, "expected a single value here");

    private static string Checked(YamlNode node, string what, Func<string, string?> rule) =>
        rule(Text(node)) is { } problem ? throw Error(node, $"{what} {problem}") : Text(node);

    internal static EventSyntaxException Error(YamlNode node, string message) => new(node.Start.Line, node.Start.Column, message);
}

/// <summary>A problem in an event's text, at a 1-based line and column of that text.</summary>
public sealed class EventSyntaxException(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
