namespace TechPact.Negotiation.Analysis;

/// <summary>The distinct packages an approximate analysis has evaluated, with their utilities.</summary>
internal sealed class OutcomePool(OutcomeSpace space)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<int[]> _packages = [];
    private readonly List<double> _utilities = [];

    public int Count => _packages.Count;
    public IReadOnlyList<int[]> Packages => _packages;
    public double[] Utilities => _utilities.ToArray();

    public void Add(int[] choices)
    {
        if (!_seen.Add(string.Join(',', choices))) return;
        _packages.Add(choices);
        var utilities = new double[space.CountryCount];
        space.Evaluate(choices, utilities);
        _utilities.AddRange(utilities);
    }
}
