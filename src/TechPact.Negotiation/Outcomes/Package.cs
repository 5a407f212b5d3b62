namespace TechPact.Negotiation.Outcomes;

/// <summary>A full or partial deal: one chosen option index per issue, <see cref="Open"/> where
/// the issue is left open.</summary>
public sealed class Package : IEquatable<Package>
{
    public const int Open = -1;

    public Package(ImmutableArray<int> choices) => Choices = choices;

    public ImmutableArray<int> Choices { get; }
    public int this[int issue] => Choices[issue];
    public int Count => Choices.Length;
    public bool IsComplete => Choices.All(c => c != Open);

    public static Package AllOpen(int issues) => new(Enumerable.Repeat(Open, issues).ToImmutableArray());

    public Package With(int issue, int option) => new(Choices.SetItem(issue, option));

    public bool Equals(Package? other) => other is not null && Choices.SequenceEqual(other.Choices);
    public override bool Equals(object? obj) => Equals(obj as Package);
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var c in Choices) hash.Add(c);
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(",", Choices) + "]";
}
