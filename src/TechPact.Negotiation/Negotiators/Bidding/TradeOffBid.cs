using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Randomness;

namespace TechPact.Negotiation.Negotiators.Bidding;

/// <summary>The bid a country answers a text it does not accept with: the package on its aspiration that is
/// most like the text, by the trade-off mechanism of Faratin, Sierra &amp; Jennings (2002), "Using similarity
/// criteria to make issue trade-offs in automated negotiations". Its amendments are the issues where the bid
/// differs from the text.</summary>
/// <remarks>
/// <para>From the text it moves one issue at a time to one of its committed options until the bid reaches
/// its aspiration: when one move gets there, the one that costs the others least; else the move that buys
/// it the most utility for the least cost to the others. Cost is the others' loss as its opponent model
/// estimates it (<see cref="Opponents.FrequencyModel"/>) plus a little per rung moved (Faratin's similarity
/// to the text, which also decides alone when there is no model). Options on its red lines are replaced
/// first, whatever they cost.</para>
/// <para>Moves whose gain-for-cost is within <see cref="NearlyEqual"/> of the best (or, among moves that each
/// reach the aspiration, whose cost is within <see cref="CostSlack"/> of the cheapest) are near-equal and the
/// seed picks among them: this is where a seed reaches a real choice (which of several equally good asks to
/// make), so different seeds give different texts and different pacts.</para>
/// </remarks>
public static class TradeOffBid
{
    /// <summary>Relative: moves scoring within this share of the best score are near-equal.</summary>
    public const double NearlyEqual = 0.15;

    private const double Tolerance = 1e-9;

    /// <param name="candidates">Per issue, the options it may ask for (its commitments, or its favourites when it has none).</param>
    /// <param name="othersLike">[issue][option]: the others' estimated summed value, or null without an opponent model.</param>
    /// <returns>Per issue, the option asked for, or <see cref="Package.Open"/> where the text stands.</returns>
    public static int[] Amendments(CountryProfile me, Package draft, double aspiration, IReadOnlyList<IReadOnlyList<int>> candidates,
        double[][]? othersLike, DeterministicRandom random)
    {
        var issues = draft.Count;
        var bid = draft.Choices.ToArray();
        var moved = new bool[issues];
        // Red lines and open issues first: the bid must be one it could sign.
        for (var i = 0; i < issues; i++)
            if (bid[i] == Package.Open || me.RedLines[i].Contains(bid[i]))
                (bid[i], moved[i]) = (Pick(candidates[i], c => me.Values[i][c], random), true);

        for (var missing = aspiration - UtilityOf(me, bid); missing > Tolerance; missing = aspiration - UtilityOf(me, bid))
        {
            var moves = new List<(int Issue, int Option, double Gain, double Cost)>();
            for (var i = 0; i < issues; i++)
                foreach (var o in candidates[i])
                {
                    var gain = me.Weights[i] * (me.Values[i][o] - me.Values[i][bid[i]]);
                    if (gain > Tolerance) moves.Add((i, o, gain, Cost(othersLike, i, bid[i], o)));
                }
            if (moves.Count == 0) break;
            var enough = moves.Where(m => m.Gain >= missing - Tolerance).ToList();
            var chosen = enough.Count > 0
                ? NearlyBest(enough, m => -m.Cost, CostSlack, random)
                : NearlyBest(moves, m => m.Gain / m.Cost, NearlyEqual * moves.Max(m => m.Gain / m.Cost), random);
            (bid[chosen.Issue], moved[chosen.Issue]) = (chosen.Option, true);
        }
        return [.. Enumerable.Range(0, issues).Select(i => moved[i] && bid[i] != draft[i] ? bid[i] : Package.Open)];
    }

    /// <summary>What moving the issue from the text's option to <paramref name="to"/> costs the others: their
    /// estimated loss (none without a model) plus <see cref="PerRung"/> per rung of ladder distance.</summary>
    private static double Cost(double[][]? othersLike, int issue, int from, int to) =>
        (othersLike is null ? 0 : Math.Max(0, othersLike[issue][from] - othersLike[issue][to])) + PerRung * Math.Abs(to - from);

    /// <summary>The similarity term: a small cost per rung, so that among equally cheap moves the nearer wins.</summary>
    public const double PerRung = 0.01;

    /// <summary>Moves that each reach the aspiration are near-equal when they cost the others within this
    /// much of the cheapest (half the per-rung similarity cost, so a nearer option still wins a tie).</summary>
    public const double CostSlack = PerRung / 2;

    /// <summary>A seeded pick among the moves whose score is within <paramref name="slack"/> of the best.</summary>
    private static (int Issue, int Option, double Gain, double Cost) NearlyBest(
        List<(int Issue, int Option, double Gain, double Cost)> moves, Func<(int Issue, int Option, double Gain, double Cost), double> score,
        double slack, DeterministicRandom random)
    {
        var best = moves.Max(score);
        var near = moves.Where(m => score(m) >= best - slack - Tolerance).ToList();
        return near[random.NextInt(near.Count)];
    }

    private static int Pick(IReadOnlyList<int> options, Func<int, double> value, DeterministicRandom random)
    {
        var best = options.Max(value);
        var top = options.Where(o => value(o) >= best - Tolerance).ToList();
        return top[random.NextInt(top.Count)];
    }

    private static double UtilityOf(CountryProfile me, int[] bid)
    {
        var u = 0.0;
        for (var i = 0; i < bid.Length; i++) if (bid[i] != Package.Open) u += me.Weights[i] * me.Values[i][bid[i]];
        return u;
    }
}
