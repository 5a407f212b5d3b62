namespace TechPact.Scenarios.Writing;

/// <summary>The scenario format's values — mappings, lists, text and numbers — written into YAML
/// (<see cref="YamlFormatWriter"/>, through YamlDotNet's emitter) or JSON (<see cref="JsonFormatWriter"/>).
/// A country block or an event is written once against it: into a scenario file, or into the JSON of a
/// transcript's summit-forked line, which the same event reader reads back (JSON is YAML's flow style).</summary>
/// <remarks>Flow is a hint for YAML (<c>{ a: 1 }</c> on one line rather than a block); JSON has only one style.</remarks>
internal abstract class FormatWriter
{
    public abstract void StartMap(bool flow = false);
    public abstract void EndMap();
    public abstract void StartList(bool flow = false);
    public abstract void EndList();

    /// <summary>The key of the next entry of the open mapping.</summary>
    public abstract void Key(string key);

    public abstract void Text(string value);

    /// <summary>The shortest text that reads back as the same double.</summary>
    public abstract void Number(double value);

    public abstract void Integer(long value);

    public abstract void Boolean(bool value);

    public FormatWriter Field(string key, string value)
    {
        Key(key);
        Text(value);
        return this;
    }

    public FormatWriter Field(string key, double value)
    {
        Key(key);
        Number(value);
        return this;
    }

    public FormatWriter IntegerField(string key, long value)
    {
        Key(key);
        Integer(value);
        return this;
    }

    /// <summary>A mapping on one line, <c>{ key: value, … }</c> in YAML, of numbers by key.</summary>
    public void FlowMap(IEnumerable<(string Key, double Value)> entries)
    {
        StartMap(flow: true);
        foreach (var (key, value) in entries) Field(key, value);
        EndMap();
    }

    /// <summary>A list on one line, <c>[a, b]</c> in YAML, of texts.</summary>
    public void FlowList(IEnumerable<string> items)
    {
        StartList(flow: true);
        foreach (var item in items) Text(item);
        EndList();
    }
}
