namespace TechPact.Scenarios.Loading.Yaml;

/// <summary>A YAML node that remembers where it started, so every check can point at it.</summary>
internal abstract class YamlNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    /// <summary>This node plus everything beneath it, counting aliased subtrees in full.</summary>
    public int ExpandedSize { get; set; } = 1;

    public abstract string KindName { get; }
}

internal sealed class YamlScalar(SourcePosition start, string value, bool isPlain) : YamlNode(start)
{
    public string Value { get; } = value;

    /// <summary>Unquoted; only plain scalars may be numbers or null.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing" : "text";
}

internal sealed class YamlList(SourcePosition start) : YamlNode(start)
{
    public List<YamlNode> Items { get; } = [];
    public override string KindName => "a list";
}

internal sealed class YamlMap(SourcePosition start) : YamlNode(start)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];
    public override string KindName => "a mapping";
}
