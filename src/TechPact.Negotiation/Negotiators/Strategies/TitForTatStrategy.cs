using System.Numerics;

namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Relative tit-for-tat (Axelrod 1984; Faratin, Sierra &amp; Jennings 1998, imitative
/// tactics): concedes in its own utility exactly what the others have conceded to it, measured
/// by how much better for it their commitments have become since the opening round.</summary>
/// <remarks>A small unconditional concession (<see cref="Goodwill"/> over the whole deadline)
/// lets two tit-for-tat players start moving; without it they would mirror each other's
/// stillness to the deadline.</remarks>
public sealed class TitForTatStrategy : IConcessionStrategy
{
    public const double Goodwill = 0.1;

    public double Aspiration(StrategyInput input) =>
        Math.Max(input.Reservation, 1.0 - Received(input) - Goodwill * input.Time);

    /// <summary>How much better for this country the others' commitments have become since the
    /// opening round: the mean, over the others, of the best package it could build from theirs.</summary>
    public static double Received(StrategyInput input)
    {
        if (input.Table.OpeningCommitments.IsEmpty) return 0.0;
        return Math.Max(0.0, BestFromOthers(input, input.Table.Commitments) - BestFromOthers(input, input.Table.OpeningCommitments));
    }

    private static double BestFromOthers(StrategyInput input, ImmutableArray<ImmutableArray<OptionSet>> commitments)
    {
        var me = input.Profile;
        var total = 0.0;
        var others = 0;
        for (var c = 0; c < commitments.Length; c++)
        {
            if (c == input.Me || input.Table.Absent.Contains(c)) continue; // one that left concedes nothing more
            others++;
            var theirs = commitments[c];
            for (var i = 0; i < me.Weights.Length; i++)
                total += me.Weights[i] * BestValue(me.Values[i], theirs[i]);
        }
        return others == 0 ? 0 : total / others;
    }

    /// <summary>The best value among the options of a set, 0 for an empty set: the same figure
    /// as a LINQ Max over the members, without the enumerator and closure per (country, issue)
    /// that made this O(countries²) loop the hot spot of a 193-country round.</summary>
    private static double BestValue(ImmutableArray<double> values, OptionSet set)
    {
        var bits = set.Bits;
        if (bits == 0) return 0;
        var best = values[BitOperations.TrailingZeroCount(bits)];
        for (bits &= bits - 1; bits != 0; bits &= bits - 1)
        {
            var v = values[BitOperations.TrailingZeroCount(bits)];
            if (v > best) best = v;
        }
        return best;
    }
}
