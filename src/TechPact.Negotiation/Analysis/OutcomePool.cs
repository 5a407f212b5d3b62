namespace TechPact.Negotiation.Analysis;

/// <summary>The distinct packages an approximate analysis has evaluated, with their utilities.</summary>
internal sealed class OutcomePool(OutcomeSpace space, int expected = 0)
{
    private readonly HashSet<int[]> _seen = new(expected, ChoicesComparer.Instance);
    private readonly List<int[]> _packages = new(expected);
    private readonly List<double> _utilities = new(expected * space.CountryCount);

    public int Count => _packages.Count;
    public IReadOnlyList<int[]> Packages => _packages;

    /// <summary>Flat [package * countries + country], in the order the packages joined; valid until the next add.</summary>
    public ReadOnlySpan<double> Utilities => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_utilities);

    public void Add(int[] choices) => AddRange([choices]);

    /// <summary>Adds the packages not yet in the pool, in order (a package is kept where it first came); their
    /// utilities are evaluated in parallel, each into its own slot.</summary>
    public void AddRange(IReadOnlyList<int[]> packages)
    {
        var first = _packages.Count;
        foreach (var choices in packages)
            if (_seen.Add(choices)) _packages.Add(choices);
        var added = _packages.Count - first;
        if (added == 0) return;
        var countries = space.CountryCount;
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(_utilities, _packages.Count * countries);
        void Evaluate(int k) =>
            space.Evaluate(_packages[k], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_utilities).Slice(k * countries, countries));
        if (added < 64) for (var k = first; k < _packages.Count; k++) Evaluate(k);
        else Parallel.For(first, _packages.Count, Evaluate);
    }

    /// <summary>Packages are equal when every choice is: what keeping "distinct outcomes" means.</summary>
    private sealed class ChoicesComparer : IEqualityComparer<int[]>
    {
        public static readonly ChoicesComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] choices)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(choices.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
