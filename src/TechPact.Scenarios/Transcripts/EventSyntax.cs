using System.Collections.Immutable;
using System.Globalization;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TechPact.Scenarios.Transcripts;

/// <summary>Reads one scripted event in the scenario file's event syntax:
/// <c>{round: 5, id: gallium, title: "…", effects: [{reservation: {country: US, value: 0.3}}, …]}</c>
/// with the effects reservation, priority, strength, red-line and lift-red-line. Ids become the
/// engine's indices against <paramref name="scenario"/>; a wrong id gets a did-you-mean.</summary>
/// <remarks>Used for <c>techpact fork --inject</c> and for the events of a summit-forked transcript
/// line (JSON is YAML's flow style). Errors throw <see cref="EventSyntaxException"/> at the first problem.</remarks>
public static class EventSyntax
{
    public static ScenarioEvent Parse(string text, Scenario scenario, int firstRound)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e) { throw new EventSyntaxException(Line(e.Start), Column(e.Start), "not valid YAML: " + e.Message); }
        if (stream.Documents.Count != 1) throw new EventSyntaxException(1, 1, "expected one event, {round: …, id: …, title: …, effects: […]}");
        var root = Mapping(stream.Documents[0].RootNode, "the event");
        var known = new HashSet<string>(["round", "id", "title", "effects"], StringComparer.Ordinal);
        foreach (var key in root.Children.Keys)
            if (!known.Contains(Text(key)))
                throw Error(key, $"unknown key '{Text(key)}'{DidYouMean.HintAndKnown(Text(key), known)}");

        var roundNode = Required(root, "round");
        if (!int.TryParse(Text(roundNode), NumberStyles.None, CultureInfo.InvariantCulture, out var round) || round < firstRound)
            throw Error(roundNode, $"round must be a whole number from {firstRound} (the round after the fork); got '{Text(roundNode)}'");
        var id = Text(Required(root, "id"));
        var title = root.Children.TryGetValue(new YamlScalarNode("title"), out var t) ? Text(t) : id;
        if (Required(root, "effects") is not YamlSequenceNode effects || effects.Children.Count == 0)
            throw Error(Required(root, "effects"), "effects must be a non-empty list, e.g. [{reservation: {country: US, value: 0.3}}]");
        var reader = new EffectReader(scenario);
        return new ScenarioEvent(round, id, title, [.. effects.Children.Select(reader.Read)]);
    }

    internal static YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping {{key: value, …}}");

    internal static YamlNode Required(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : throw Error(map, $"missing '{key}'");

    internal static string Text(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, "expected a single value here");

    internal static EventSyntaxException Error(YamlNode node, string message) =>
        new(Line(node.Start), Column(node.Start), message);

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);
    private static int Column(Mark mark) => (int)Math.Max(1, mark.Column);
}

/// <summary>A problem in an event's text, at a 1-based line and column of that text.</summary>
public sealed class EventSyntaxException(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
