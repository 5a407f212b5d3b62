namespace TechPact.Scenarios.Loading.Schema;

/// <summary>A mapping with a fixed set of keys (a country, an issue...): looks keys up and
/// reports unknown, duplicate and missing ones against that set.</summary>
internal sealed class KeyedMapping
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly List<(YamlScalar Key, YamlScalar First)> _duplicates = [];

    private KeyedMapping(YamlMap map)
    {
        Node = map;
        foreach (var entry in map.Entries)
            if (!_entries.TryAdd(entry.Key.Value, entry))
                _duplicates.Add((entry.Key, _entries[entry.Key.Value].Key));
    }

    public YamlMap Node { get; }

    public static KeyedMapping Of(YamlMap map) => new(map);

    public YamlNode? this[string key] => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <param name="context">How messages name this mapping, e.g. "country 'JP'".</param>
    public void Check(string context, IReadOnlyList<string> allowed, IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        foreach (var (key, first) in _duplicates)
            diagnostics.Error(key.Start, $"duplicate key {Describe.Quoted(key.Value)} in {context}; first given at {first.Start}");
        foreach (var (name, entry) in _entries)
        {
            if (allowed.Contains(name)) continue;
            diagnostics.Error(entry.Key.Start, () =>
            {
                var hint = DidYouMean.Hint(name, allowed);
                var expected = hint.Length > 0 ? hint : $"; expected one of: {Describe.List(allowed)}";
                return $"unknown key {Describe.Quoted(name)} in {context}{expected}";
            });
        }
        foreach (var name in required)
            if (!_entries.ContainsKey(name))
                diagnostics.Error(Node.Start, $"missing required key '{name}' in {context}");
    }

    /// <summary>The entries of a free-form mapping (issue → weight...), first occurrence of each
    /// key only; later duplicates are reported.</summary>
    public static IEnumerable<KeyValuePair<YamlScalar, YamlNode>> DistinctEntries(YamlMap map, string context, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (seen.TryGetValue(entry.Key.Value, out var first))
            {
                diagnostics.Error(entry.Key.Start,
                    $"duplicate key {Describe.Quoted(entry.Key.Value)} in {context}; first given at {first.Start}");
                continue;
            }
            seen.Add(entry.Key.Value, entry.Key);
            yield return entry;
        }
    }
}
