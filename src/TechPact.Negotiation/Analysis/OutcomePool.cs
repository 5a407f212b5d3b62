namespace TechPact.Negotiation.Analysis;

/// <summary>The distinct packages an approximate analysis has evaluated, with their utilities.</summary>
internal sealed class OutcomePool(OutcomeSpace space)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<int[]> _packages = [];
    private readonly List<double> _utilities = [];

    public int Count => _packages.Count;
    public IReadOnlyList<int[]> Packages => _packages;
    /// <summary>Flat [package * countries + country], in the order the packages joined; valid until the next <see cref="Add"/>.</summary>
    public ReadOnlySpan<double> Utilities => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_utilities);

    public void Add(int[] choices)
    {
        if (!_seen.Add(string.Join(',', choices))) return;
        _packages.Add(choices);
        var start = _utilities.Count;
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(_utilities, start + space.CountryCount);
        space.Evaluate(choices, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_utilities).Slice(start, space.CountryCount));
    }
}
