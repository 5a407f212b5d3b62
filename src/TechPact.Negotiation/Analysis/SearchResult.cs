namespace TechPact.Negotiation.Analysis;

/// <summary>What either search found, as raw choice vectors, before it is dressed as points.</summary>
internal sealed record SearchResult(
    bool Exact,
    string Method,
    long Evaluated,
    int SampleSize,
    int Starts,
    IReadOnlyList<int[]> Frontier,
    double[] Ideal,
    int[] MaxWelfare,
    int[]? Nash,
    int[]? WeightedNash,
    int[]? KalaiSmorodinsky);
