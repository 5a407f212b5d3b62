namespace TechPact.Scenarios.Loading.Schema;

/// <summary>The ids defined so far in one list, and where: a second definition is reported at the
/// second, naming the first.</summary>
/// <param name="kind">What the ids name, e.g. "issue".</param>
/// <param name="scope">Where they must be unique, for the message, e.g. " in issue 'x'"; empty for the whole scenario.</param>
internal sealed class UniqueIds(string kind, string scope = "")
{
    private readonly Dictionary<string, SourcePosition> _firstAt = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SourcePosition> Positions => _firstAt;

    /// <summary>True the first time an id is defined; false, after reporting it, for a repeat.</summary>
    public bool Add(string id, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (_firstAt.TryAdd(id, at)) return true;
        diagnostics.Error(at, $"duplicate {kind} id '{id}'{scope}; first defined at {_firstAt[id]}");
        return false;
    }
}
