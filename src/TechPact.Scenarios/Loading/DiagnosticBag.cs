namespace TechPact.Scenarios.Loading;

/// <summary>Collects problems for one file, capped so that a file full of mistakes cannot
/// produce an unbounded report.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(int, int, string)> _seen = [];
    private bool _truncated;

    public string File { get; } = file;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);
    public bool IsFull => _items.Count >= InputLimits.MaxDiagnostics;

    public void Error(SourcePosition at, string message) => Add(Severity.Error, at, message);
    public void Warning(SourcePosition at, string message) => Add(Severity.Warning, at, message);

    /// <summary>For messages that cost something to build (suggestions): skipped once full.</summary>
    public void Error(SourcePosition at, Func<string> message)
    {
        if (IsFull) _truncated = true;
        else Error(at, message());
    }

    private void Add(Severity severity, SourcePosition at, string message)
    {
        // A node shared through an alias is checked once per use; report it once.
        if (!_seen.Add((at.Line, at.Column, message))) return;
        if (IsFull)
        {
            _truncated = true;
            return;
        }
        _items.Add(new Diagnostic(severity, File, at.Line, at.Column, message));
    }

    public IReadOnlyList<Diagnostic> ToList()
    {
        var sorted = _items.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (_truncated)
            sorted.Add(new Diagnostic(Severity.Error, File, 0, 0,
                $"stopped after {InputLimits.MaxDiagnostics} problems; fix these and load again"));
        return sorted;
    }
}
