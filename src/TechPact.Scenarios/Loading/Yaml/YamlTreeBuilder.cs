using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TechPact.Scenarios.Loading.Yaml;

/// <summary>Turns YamlDotNet's parser events into positioned nodes without recursion, enforcing
/// the nesting, node and alias budgets as it goes so hostile input is refused early.</summary>
/// <param name="indentationTab">Where the text first indents with a tab, if it does: YamlDotNet
/// blames such a tab on an earlier line, so a syntax error is reported at the tab instead.</param>
/// <param name="document">What the text holds one of, for the messages about none or two:
/// a scenario, or an event (the same budgets apply to both).</param>
internal sealed class YamlTreeBuilder(DiagnosticBag diagnostics, SourcePosition? indentationTab, YamlDocumentKind? document = null)
{
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private YamlNode? _root;
    private int _nodes;
    private long _aliasExpansion;

    private sealed class Frame(YamlNode node, string? anchor)
    {
        public YamlNode Node { get; } = node;
        public string? Anchor { get; } = anchor;
        public YamlScalar? PendingKey { get; set; }
        public bool SkipNextValue { get; set; }
    }

    /// <summary>Returns the root node, or null after a fatal problem (already reported).</summary>
    public YamlNode? Build(IParser parser)
    {
        var documents = 0;
        var lastPosition = SourcePosition.Start;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastPosition = At(current.Start);
                if (current is DocumentStart && ++documents > 1)
                    return Fatal(lastPosition, $"a second YAML document starts here; {Kind.Holder} holds exactly one");
                if (!Accept(current)) return null;
            }
        }
        catch (YamlException e)
        {
            return SyntaxError(At(e.Start), "YAML syntax error: " + e.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this for some unterminated flow collections.
            return SyntaxError(lastPosition, "YAML syntax error: the document ends inside an unclosed '[' or '{' that starts at or after this point");
        }
        if (_root is null)
            return Fatal(SourcePosition.Start, $"the {Kind.Text} holds no YAML document; expected {Kind.Expected}");
        return _root;
    }

    private YamlDocumentKind Kind => document ?? YamlDocumentKind.Scenario;

    private bool Accept(ParsingEvent current)
    {
        switch (current)
        {
            case Scalar s:
                if (!CountNode(s)) return false;
                var scalar = new YamlScalar(At(s.Start), s.Value, s.Style == ScalarStyle.Plain);
                if (!ReportTag(s.Tag.IsEmpty ? null : s.Tag.Value, scalar.Start)) return false;
                return Attach(scalar, AnchorOf(s.Anchor));
            case SequenceStart q:
                return Open(new YamlList(At(q.Start)), q, AnchorOf(q.Anchor), q.Tag.IsEmpty ? null : q.Tag.Value);
            case MappingStart m:
                return Open(new YamlMap(At(m.Start)), m, AnchorOf(m.Anchor), m.Tag.IsEmpty ? null : m.Tag.Value);
            case SequenceEnd or MappingEnd:
                var frame = _open.Pop();
                return Attach(frame.Node, frame.Anchor);
            case AnchorAlias alias:
                return AttachAlias(alias);
            default:
                return true;
        }
    }

    private bool Open(YamlNode node, ParsingEvent start, string? anchor, string? tag)
    {
        if (!CountNode(start) || !ReportTag(tag, node.Start)) return false;
        if (_open.Count >= InputLimits.MaxNestingDepth)
        {
            Fatal(node.Start, $"nesting deeper than {InputLimits.MaxNestingDepth} levels; a scenario needs about six");
            return false;
        }
        _open.Push(new Frame(node, anchor));
        return true;
    }

    private bool AttachAlias(AnchorAlias alias)
    {
        var at = At(alias.Start);
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            Fatal(at, $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
            return false;
        }
        _aliasExpansion += target.ExpandedSize;
        if (_aliasExpansion > InputLimits.MaxAliasExpansion)
        {
            Fatal(at, $"aliases expand to more than {InputLimits.MaxAliasExpansion} nodes (an alias bomb?); " +
                      "use fewer or smaller aliases");
            return false;
        }
        return Attach(target, anchor: null, isAlias: true);
    }

    private bool Attach(YamlNode node, string? anchor, bool isAlias = false)
    {
        if (anchor is not null) _anchors[anchor] = node;
        if (_open.Count == 0)
        {
            _root = node;
            return true;
        }
        var parent = _open.Peek();
        parent.Node.ExpandedSize += node.ExpandedSize;
        if (parent.Node is YamlList list)
        {
            list.Items.Add(node);
            return true;
        }
        var map = (YamlMap)parent.Node;
        if (parent.SkipNextValue)
            parent.SkipNextValue = false;
        else if (parent.PendingKey is null && node is YamlScalar key && !isAlias)
            parent.PendingKey = key;
        else if (parent.PendingKey is null)
        {
            diagnostics.Error(node.Start, $"a mapping key must be plain text, found {Describe.Node(node)}");
            parent.SkipNextValue = true;
        }
        else
        {
            map.Entries.Add(new(parent.PendingKey, node));
            parent.PendingKey = null;
        }
        return true;
    }

    private bool CountNode(ParsingEvent e)
    {
        if (++_nodes <= InputLimits.MaxNodes) return true;
        Fatal(At(e.Start), $"more than {InputLimits.MaxNodes} YAML nodes; far larger than any scenario");
        return false;
    }

    private bool ReportTag(string? tag, SourcePosition at)
    {
        // Tags would change how a value is typed; scenarios type values by their key instead.
        if (tag is not null)
            diagnostics.Error(at, $"YAML tag '{Describe.Shorten(tag)}' is not supported; write the plain value without a tag");
        return true;
    }

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static SourcePosition At(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private YamlNode? SyntaxError(SourcePosition at, string message) =>
        indentationTab is { } tab
            ? Fatal(tab, "tab character in indentation; YAML indents with spaces only")
            : Fatal(at, message);

    private YamlNode? Fatal(SourcePosition at, string message)
    {
        diagnostics.Error(at, message);
        return null;
    }
}

/// <summary>How messages name the document a text must hold exactly one of.</summary>
internal sealed record YamlDocumentKind(string Holder, string Text, string Expected)
{
    public static readonly YamlDocumentKind Scenario = new("a scenario file", "file", "a scenario mapping with id, title, issues and countries");
    public static readonly YamlDocumentKind Event = new("an event's text", "text", "one event, {round: …, id: …, title: …, effects: […]}");
}
