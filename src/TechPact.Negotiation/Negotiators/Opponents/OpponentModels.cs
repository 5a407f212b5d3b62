using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Negotiators.Opponents;

/// <summary>The opponent models a strategy may name. A model turns what the others said at the table
/// (their positions in the last rounds) into how much, in its estimate, they would like each option.</summary>
public static class OpponentModels
{
    public const string Frequency = "frequency";
    public const string None = "none";

    public static IReadOnlyList<string> Names { get; } = [Frequency, None];

    public static bool IsKnown(string name) => name is Frequency or None;

    /// <summary>[issue][option]: Σ over the other countries of their estimated weighted value, or null
    /// without a model. What a country maximises when it chooses which option to ask for.</summary>
    public static double[][]? OthersLike(string model, RoundContext context, int me, IReadOnlyList<int> optionCounts)
    {
        if (model != Frequency || context.Positions.IsEmpty) return null;
        var scores = new double[optionCounts.Count][];
        for (var i = 0; i < scores.Length; i++) scores[i] = new double[optionCounts[i]];
        var countries = context.Commitments.Length;
        var estimator = new FrequencyModel(optionCounts);
        for (var c = 0; c < countries; c++)
        {
            if (c == me) continue;
            estimator.Learn(context.Positions, c).AddTo(scores);
        }
        return scores;
    }
}
