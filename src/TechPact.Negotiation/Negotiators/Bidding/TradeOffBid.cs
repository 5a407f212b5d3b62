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
        double[][]? othersLike, DeterministicRandom random) =>
        Amendments(me, draft, aspiration, [.. candidates.Select(c => c.ToArray())], othersLike, random);

    /// <summary>The same over arrays: the loops below read the candidates for every move of every step, and an
    /// array read is direct where an <see cref="IReadOnlyList{T}"/> of an array is an interface call.</summary>
    internal static int[] Amendments(CountryProfile me, Package draft, double aspiration, int[][] candidates,
        double[][]? othersLike, DeterministicRandom random)
    {
        var issues = draft.Count;
        // The bid being built and which issues it moved: scratch on the stack (only the amendments are returned).
        Span<int> bid = issues <= 256 ? stackalloc int[issues] : new int[issues];
        draft.Choices.AsSpan().CopyTo(bid);
        Span<bool> moved = issues <= 256 ? stackalloc bool[issues] : new bool[issues];
        // Red lines and open issues first: the bid must be one it could sign.
        for (var i = 0; i < issues; i++)
            if (bid[i] == Package.Open || me.RedLines[i].Contains(bid[i]))
                (bid[i], moved[i]) = (Pick(candidates[i], me.Values[i], random), true);

        // This thread's lists, emptied before each use: a bid is one synchronous loop, and it keeps no move.
        var moves = _moves ??= [];
        var shortlist = _shortlist ??= [];
        for (var missing = aspiration - UtilityOf(me, bid); missing > Tolerance; missing = aspiration - UtilityOf(me, bid))
        {
            moves.Clear();
            for (var i = 0; i < issues; i++)
                foreach (var o in candidates[i])
                {
                    var gain = me.Weights[i] * (me.Values[i][o] - me.Values[i][bid[i]]);
                    if (gain > Tolerance) moves.Add(new Move(i, o, gain, Cost(othersLike, i, bid[i], o)));
                }
            if (moves.Count == 0) break;
            shortlist.Clear();
            foreach (var m in moves)
                if (m.Gain >= missing - Tolerance) shortlist.Add(m);
            var chosen = shortlist.Count > 0
                ? NearlyBest(shortlist, CheapestFirst, CostSlack, random)
                : NearlyBest(moves, GainForCost, NearlyEqual * Max(moves, GainForCost), random);
            (bid[chosen.Issue], moved[chosen.Issue]) = (chosen.Option, true);
        }
        var amendments = new int[issues];
        for (var i = 0; i < issues; i++) amendments[i] = moved[i] && bid[i] != draft[i] ? bid[i] : Package.Open;
        return amendments;
    }

    [ThreadStatic] private static List<Move>? _moves;
    [ThreadStatic] private static List<Move>? _shortlist;

    /// <summary>A candidate move: the option on the issue, what it gains the bidder, what it costs the others.</summary>
    private readonly record struct Move(int Issue, int Option, double Gain, double Cost);

    private static readonly Func<Move, double> CheapestFirst = m => -m.Cost;
    private static readonly Func<Move, double> GainForCost = m => m.Gain / m.Cost;

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
    private static Move NearlyBest(List<Move> moves, Func<Move, double> score, double slack, DeterministicRandom random)
    {
        var floor = Max(moves, score) - slack - Tolerance;
        var near = 0;
        foreach (var m in moves)
            if (score(m) >= floor) near++;
        var pick = random.NextInt(near);
        foreach (var m in moves)
            if (score(m) >= floor && pick-- == 0) return m;
        throw new InvalidOperationException("unreachable: the best move is always near the best");
    }

    /// <summary>The largest score (as Enumerable.Max takes it; scores here are finite).</summary>
    private static double Max(List<Move> moves, Func<Move, double> score)
    {
        var best = score(moves[0]);
        for (var k = 1; k < moves.Count; k++)
        {
            var x = score(moves[k]);
            if (x > best) best = x;
        }
        return best;
    }

    private static int Pick(int[] options, ImmutableArray<double> values, DeterministicRandom random)
    {
        var best = values[options[0]];
        for (var k = 1; k < options.Length; k++)
            if (values[options[k]] > best) best = values[options[k]];
        var top = 0;
        foreach (var o in options)
            if (values[o] >= best - Tolerance) top++;
        var pick = random.NextInt(top);
        foreach (var o in options)
            if (values[o] >= best - Tolerance && pick-- == 0) return o;
        throw new InvalidOperationException("unreachable: the best option is always in the top");
    }

    private static double UtilityOf(CountryProfile me, ReadOnlySpan<int> bid)
    {
        var u = 0.0;
        for (var i = 0; i < bid.Length; i++) if (bid[i] != Package.Open) u += me.Weights[i] * me.Values[i][bid[i]];
        return u;
    }
}
