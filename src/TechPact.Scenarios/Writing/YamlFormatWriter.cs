using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tokens = YamlDotNet.Core.Tokens;

namespace TechPact.Scenarios.Writing;

/// <summary>The scenario format in YAML, through YamlDotNet's emitter: it lays out the nodes and quotes
/// and escapes the text; this class only picks each scalar's style and the layout our files have always
/// had (indented block lists, a blank line between top-level sections, <c>{ a: 1 }</c> with spaces
/// inside the braces).</summary>
/// <remarks>Text is written plain only when every YAML reader reads it back as the same text, and
/// double-quoted otherwise (<see cref="IsPlainText"/>): YAML 1.1 readers take <c>no</c> for false, and
/// a comma or a colon means something inside a flow mapping. Numbers are plain, in the shortest form
/// that reads back as the same double, so a written scenario loads back bit for bit.</remarks>
internal sealed class YamlFormatWriter : FormatWriter
{
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024,
        skipAnchorName: false, indentSequences: true, newLine: "\n", useUtf16SurrogatePairs: true);

    private const string Indicators = ":#,[]{}&*!|>'\"%@`\\";

    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
        { "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n" };

    private readonly StringBuilder _done = new();
    private StringWriter _text = new();
    private Emitter _emitter;
    private int _depth;
    private bool _inDocument;

    public YamlFormatWriter()
    {
        _emitter = NewEmitter(_text);
    }

    /// <summary>A comment line before the document (<c>#</c> alone for an empty line).</summary>
    public void Comment(string line)
    {
        if (_inDocument) throw new InvalidOperationException("Comments go before the document.");
        _emitter.Emit(new Comment(line, isInline: false));
    }

    public override void StartMap(bool flow = false) =>
        Open(new MappingStart(null, null, isImplicit: true, flow ? MappingStyle.Flow : MappingStyle.Block));

    public override void EndMap() => Close(new MappingEnd());

    public override void StartList(bool flow = false) =>
        Open(new SequenceStart(null, null, isImplicit: true, flow ? SequenceStyle.Flow : SequenceStyle.Block));

    public override void EndList() => Close(new SequenceEnd());

    public override void Key(string key) => Text(key);

    public override void Text(string value) => EmitScalar(value, IsPlainText(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted);

    public override void Number(double value) => EmitScalar(value.ToString("R", CultureInfo.InvariantCulture), ScalarStyle.Plain);

    public override void Integer(long value) => EmitScalar(value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);

    public override void Boolean(bool value) => EmitScalar(value ? "true" : "false", ScalarStyle.Plain);

    /// <summary>A blank line before the next key of the top-level mapping: the emitter writes none, so
    /// the mapping goes on in a document of its own, and the two read as one mapping.</summary>
    public void Section()
    {
        if (_depth != 1) throw new InvalidOperationException("Sections divide the top-level mapping only.");
        EndMap();
        FinishStream();
        _done.Append('\n');
        StartMap();
    }

    /// <summary>The YAML of the complete document.</summary>
    public string ToYaml()
    {
        if (_depth != 0) throw new InvalidOperationException("The document is not complete.");
        FinishStream();
        return _done.ToString();
    }

    /// <summary>One scalar as our files write it, e.g. inside a commented template.</summary>
    public static string Scalar(string text)
    {
        var yaml = new YamlFormatWriter();
        yaml.Text(text);
        return yaml.ToYaml().TrimEnd('\n');
    }

    /// <summary>Whether <paramref name="value"/> reads back as this very text, unquoted, in every
    /// YAML reader: it starts with a letter or digit, ends with no space, is no YAML 1.1 keyword and
    /// holds no indicator, control or invisible character.</summary>
    public static bool IsPlainText(string value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || char.IsWhiteSpace(value[^1])) return false;
        if (ReservedWords.Contains(value)) return false;
        foreach (var c in value)
            if (Indicators.Contains(c) || char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                return false;
        return true;
    }

    private void EmitScalar(string value, ScalarStyle style)
    {
        BeginDocumentIfNeeded();
        _emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
        if (_depth == 0) EndDocument();
    }

    private void Open(ParsingEvent start)
    {
        BeginDocumentIfNeeded();
        _emitter.Emit(start);
        _depth++;
    }

    private void Close(ParsingEvent end)
    {
        _emitter.Emit(end);
        _depth--;
    }

    private void BeginDocumentIfNeeded()
    {
        if (_inDocument) return;
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        _inDocument = true;
    }

    private void EndDocument()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _inDocument = false;
    }

    /// <summary>Ends the emitter's stream, keeps its text and opens the next one.</summary>
    private void FinishStream()
    {
        if (_inDocument && _depth == 0) EndDocument();
        _emitter.Emit(new StreamEnd());
        _done.Append(Spaced(_text.ToString()));
        _text = new StringWriter();
        _emitter = NewEmitter(_text);
    }

    private static Emitter NewEmitter(TextWriter text)
    {
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        return emitter;
    }

    /// <summary>The emitter writes <c>{a: 1}</c>; our files have always had <c>{ a: 1 }</c>, and a
    /// bare comment line is <c>#</c>. The emitter's own scanner finds the braces, so a brace inside
    /// quoted text is never touched.</summary>
    private static string Spaced(string yaml)
    {
        var at = new List<int>();
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        Tokens.Token? previous = null;
        while (scanner.MoveNext())
        {
            var token = scanner.Current!;
            if (previous is Tokens.FlowMappingStart && token is not Tokens.FlowMappingEnd) at.Add((int)previous.Start.Index + 1);
            if (token is Tokens.FlowMappingEnd && previous is not Tokens.FlowMappingStart) at.Add((int)token.Start.Index);
            previous = token;
        }
        var spaced = new StringBuilder(yaml, yaml.Length + at.Count);
        for (var i = at.Count - 1; i >= 0; i--) spaced.Insert(at[i], ' ');
        return string.Join('\n', spaced.ToString().Split('\n').Select(line => line == "# " ? "#" : line));
    }
}
