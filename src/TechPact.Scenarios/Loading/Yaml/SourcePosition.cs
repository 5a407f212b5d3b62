namespace TechPact.Scenarios.Loading.Yaml;

/// <summary>1-based line and column; (0, 0) stands for the file as a whole.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition WholeFile = new(0, 0);
    public static readonly SourcePosition Start = new(1, 1);

    public override string ToString() => $"{Line}:{Column}";
}
