namespace TechPact.Scenarios.Loading.Schema;

/// <summary>Reads typed values out of nodes, reporting what was found and what was expected.
/// Each returns null after reporting, so callers simply skip what they could not read.</summary>
internal sealed class Values(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public YamlMap? Map(YamlNode? node, string what)
    {
        if (node is null or YamlMap) return node as YamlMap;
        diagnostics.Error(node.Start, $"{what} must be a mapping (key: value lines), found {Describe.Node(node)}");
        return null;
    }

    public YamlList? List(YamlNode? node, string what)
    {
        if (node is null or YamlList) return node as YamlList;
        diagnostics.Error(node.Start, $"{what} must be a list ('- item' lines or [a, b]), found {Describe.Node(node)}");
        return null;
    }

    /// <summary>Non-empty text, trimmed: folded blocks end in a newline nobody means.</summary>
    public string? Text(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: false } s when s.Value.Trim().Length > 0:
                return s.Value.Trim();
            case YamlScalar:
                diagnostics.Error(node.Start, $"{what} is empty; expected text");
                return null;
            default:
                diagnostics.Error(node.Start, $"{what} must be text, found {node.KindName}");
                return null;
        }
    }

    /// <summary>An id (of a country, an issue, an option, an area…): see <see cref="TextRules.IdProblem"/>.</summary>
    public string? Id(YamlNode? node, string what) => Checked(node, what, TextRules.IdProblem);

    /// <summary>A one-line title, label or name.</summary>
    public string? Name(YamlNode? node, string what) => Checked(node, what, TextRules.NameProblem);

    /// <summary>A description or a standard's text: several lines allowed.</summary>
    public string? LongText(YamlNode? node, string what) => Checked(node, what, TextRules.TextProblem);

    /// <summary>Text that breaks <paramref name="rule"/> is reported and comes back as null, like any unreadable value.</summary>
    private string? Checked(YamlNode? node, string what, Func<string, string?> rule)
    {
        if (Text(node, what) is not { } text) return null;
        if (rule(text) is not { } problem) return text;
        diagnostics.Error(node!.Start, $"{what} {problem}");
        return null;
    }

    /// <summary>Only <c>true</c> and <c>false</c>: YAML 1.1's yes/no/on/off read differently in
    /// different tools, so they are refused rather than guessed.</summary>
    public bool? Boolean(YamlNode? node, string what)
    {
        const string expected = "true or false";
        if (PlainNumberText(node, expected) is not { } s) return null;
        if (s.Value is "true") return true;
        if (s.Value is "false") return false;
        diagnostics.Error(s.Start, $"{what} is {Describe.Quoted(s.Value)}; expected {expected}");
        return null;
    }

    public double? Number(YamlNode? node, NumberRange range)
    {
        if (PlainNumberText(node, range.Expected) is not { } s) return null;
        if (!double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            diagnostics.Error(s.Start, $"{Describe.Quoted(s.Value)} is not a number; expected {range.Expected}");
            return null;
        }
        if (range.Contains(value)) return value;
        diagnostics.Error(s.Start, $"{s.Value} is out of range; expected {range.Expected}");
        return null;
    }

    public long? Integer(YamlNode? node, IntegerRange range)
    {
        if (PlainNumberText(node, range.Expected) is not { } s) return null;
        if (!long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var kind = double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "an integer" : "a number";
            diagnostics.Error(s.Start, $"{Describe.Quoted(s.Value)} is not {kind}; expected {range.Expected}");
            return null;
        }
        if (value >= range.Min && value <= range.Max) return value;
        diagnostics.Error(s.Start, $"{s.Value} is out of range; expected {range.Expected}");
        return null;
    }

    private YamlScalar? PlainNumberText(YamlNode? node, string expected)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                diagnostics.Error(node.Start, $"found nothing; expected {expected}");
                return null;
            case YamlScalar { IsPlain: false } quoted:
                diagnostics.Error(node.Start, $"{Describe.Quoted(quoted.Value)} is quoted text; expected {expected} (remove the quotes)");
                return null;
            case YamlScalar s:
                return s;
            default:
                diagnostics.Error(node.Start, $"found {node.KindName}; expected {expected}");
                return null;
        }
    }
}
