using TechPact.Negotiation.Protocols.Text;

namespace TechPact.Negotiation.Linkage;

/// <summary>Issue linkage (Raiffa 1982; Tollison &amp; Willett 1979), brokered by the mediator: two
/// countries that ask for different things on different open issues trade — each takes up the other's
/// ask on the issue it asked less about. A trade is made only when it raises both traders' utility of the
/// text the mediator will table next, measured by drafting that text with and without the trade.</summary>
/// <remarks>
/// <para>Why the next text and not the asks themselves: a trade moves commitments and positions, and
/// what the table gets is the mediator's compromise of everyone's positions, not the traders' asks. A
/// trade that looks good ask-for-ask can move the text less than it costs, or shift costs onto a third
/// country; every ledger figure is measured on the text, and the third parties' gains and losses are
/// recorded with the trade (<see cref="TradeAgreed.Effects"/>).</para>
/// <para>For every pair of countries the mediator looks at the issues each asks most about (O(n²), so it
/// scales to a full UN table) and keeps the pair's best swap in which each side would gain more than it
/// gives if the text took both asks; it goes through the pairs' swaps by that joint gain, measures each on
/// the next text as the trades already made left it, and makes it if both traders gain there. A country
/// trades at most once a round.</para>
/// </remarks>
public static class Logrolling
{
    public const int AsksConsidered = 3;

    private const double Gain = 1e-12;

    /// <param name="history">What each country stood for in the rounds remembered, as the mediator drafts with it.</param>
    public static Brokerage Broker(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, int round)
    {
        if (!setting.Scenario.Logrolling || moves.Count < 2) return Brokerage.None(moves);
        // Every use relearns it first (Mediator.SalienceOf), so this thread's estimator serves, as in Mediator.Salience.
        var model = FrequencyModel.Scratch(setting.Scenario.Issues);
        var salience = Mediator.Salience(setting, draft, moves, history);
        var current = moves.ToArray();
        var baseline = new int[draft.Count];
        for (var i = 0; i < baseline.Length; i++) baseline[i] = Mediator.ReviseIssue(setting, i, draft, current, salience);
        var asks = new int[current.Length][];
        for (var c = 0; c < asks.Length; c++) asks[c] = TopAsks(setting, current[c], c);
        var candidates = new List<(int A, int B, int I, int J, double Gain)>();
        for (var a = 0; a < current.Length; a++)
            for (var b = a + 1; b < current.Length; b++)
            {
                if (!setting.IsSeated(a) || !setting.IsSeated(b)) continue; // a country that left trades nothing
                (int I, int J, double Gain)? best = null;
                foreach (var i in asks[a])
                    foreach (var j in asks[b])
                        if (i != j && AskForAsk(setting, draft, current, a, b, i, j) is { } gain && (best is null || gain > best.Value.Gain))
                            best = (i, j, gain);
                if (best is { } swap) candidates.Add((a, b, swap.I, swap.J, swap.Gain));
            }

        if (candidates.Count == 0) return Brokerage.None(moves);
        // Joint gain first, then the pair and the issues: a total order (one candidate per pair), so the sort is exact.
        candidates.Sort((x, y) =>
        {
            var byGain = y.Gain.CompareTo(x.Gain);
            if (byGain != 0) return byGain;
            if (x.A != y.A) return x.A.CompareTo(y.A);
            if (x.B != y.B) return x.B.CompareTo(y.B);
            return x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J);
        });
        var busy = new bool[current.Length];
        var made = ImmutableArray.CreateBuilder<TradeAgreed>();
        foreach (var c in candidates)
        {
            if (busy[c.A] || busy[c.B]) continue;
            // Measured on the table as the trades already made left it.
            if (Measure(setting, draft, current, baseline, salience, history, model, c.A, c.B, c.I, c.J) is not { } trade) continue;
            busy[trade.A] = true;
            busy[trade.B] = true;
            (current[trade.A], current[trade.B]) = (Concede(current[trade.A], trade.J, trade.OptionForB), Concede(current[trade.B], trade.I, trade.OptionForA));
            salience = WithSalienceOf(draft, current, history, salience, model, trade.A, trade.B);
            baseline[trade.I] = trade.TextOnI;
            baseline[trade.J] = trade.TextOnJ;
            made.Add(Record(setting, round, trade));
        }
        return new Brokerage(current, made.ToImmutable());
    }

    /// <summary>A candidate worth measuring: each side would gain more than it gives if the text took
    /// both asks as they stand; the joint gain so measured orders the candidates. Null otherwise.</summary>
    private static double? AskForAsk(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, int a, int b, int i, int j)
    {
        var (pa, pb) = (setting.Scenario.Countries[a], setting.Scenario.Countries[b]);
        var askA = moves[a].Amendments[i];
        var askB = moves[b].Amendments[j];
        if (askA == Package.Open || askB == Package.Open || draft[i] == Package.Open || draft[j] == Package.Open) return null;
        if (moves[a].Commitments[j].Contains(askB) || moves[b].Commitments[i].Contains(askA)) return null;
        if (pa.RedLines[j].Contains(askB) || pb.RedLines[i].Contains(askA)) return null;
        var netA = Swing(pa, i, draft[i], askA) + Swing(pa, j, draft[j], askB);
        var netB = Swing(pb, j, draft[j], askB) + Swing(pb, i, draft[i], askA);
        return netA > Gain && netB > Gain ? netA + netB : null;
    }

    /// <summary>The trade's effect on the next text, or null unless both traders gain there (or it is no
    /// longer a candidate on the table as earlier trades left it).</summary>
    private static Trade? Measure(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, int[] baseline, double[][] salience,
        ImmutableArray<ImmutableArray<Package>> history, FrequencyModel model, int a, int b, int i, int j)
    {
        if (AskForAsk(setting, draft, moves, a, b, i, j) is null) return null;
        var (askA, askB) = (moves[a].Amendments[i], moves[b].Amendments[j]);

        var traded = new Overlay(moves, a, Concede(moves[a], j, askB), b, Concede(moves[b], i, askA));
        // The traders' positions changed, so the mediator's estimate of their salience does too.
        var tradedSalience = WithSalienceOf(draft, traded, history, salience, model, a, b);
        var onI = Mediator.ReviseIssue(setting, i, draft, traded, tradedSalience);
        var onJ = Mediator.ReviseIssue(setting, j, draft, traded, tradedSalience);
        double Effect(CountryProfile c) => Swing(c, i, baseline[i], onI) + Swing(c, j, baseline[j], onJ);
        if (Effect(setting.Scenario.Countries[a]) <= Gain || Effect(setting.Scenario.Countries[b]) <= Gain) return null;
        var effects = setting.Scenario.Countries.Select(Effect).ToImmutableArray();
        return new Trade(a, b, i, askA, j, askB, onI, onJ, baseline[i], baseline[j], effects);
    }

    private static double[][] WithSalienceOf(Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, double[][] salience, FrequencyModel model, int a, int b)
    {
        var updated = (double[][])salience.Clone();
        updated[a] = Mediator.SalienceOf(model, draft, moves[a], a, history);
        updated[b] = Mediator.SalienceOf(model, draft, moves[b], b, history);
        return updated;
    }

    /// <summary>The moves with the two traders' replaced, without copying the table's.</summary>
    private sealed class Overlay(IReadOnlyList<CountryMove> moves, int a, CountryMove forA, int b, CountryMove forB) : IReadOnlyList<CountryMove>
    {
        public CountryMove this[int index] => index == a ? forA : index == b ? forB : moves[index];
        public int Count => moves.Count;
        public IEnumerator<CountryMove> GetEnumerator() { for (var c = 0; c < moves.Count; c++) yield return this[c]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Country c's utility change on one issue when the text moves from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static double Swing(CountryProfile c, int issue, int from, int to) =>
        c.Weights[issue] * (c.Values[issue][to] - c.Values[issue][from]);

    private static TradeAgreed Record(SummitSetting setting, int round, Trade t)
    {
        var (a, b) = (setting.Scenario.Countries[t.A], setting.Scenario.Countries[t.B]);
        var (i, j) = (setting.Scenario.Issues[t.I], setting.Scenario.Issues[t.J]);
        // Each side gives on the issue it took up the other's ask on, and gains on the other one.
        var givenA = -Swing(a, t.J, t.WithoutOnJ, t.TextOnJ);
        var gainedA = Swing(a, t.I, t.WithoutOnI, t.TextOnI);
        var givenB = -Swing(b, t.I, t.WithoutOnI, t.TextOnI);
        var gainedB = Swing(b, t.J, t.WithoutOnJ, t.TextOnJ);
        var first = new LedgerEntry(round, a.Id, j.Id, j.Options[t.OptionForB].Id, b.Id, i.Id, i.Options[t.OptionForA].Id,
            givenA, gainedA, Reason(a.Id, i.Id, gainedA, j.Id, givenA));
        var second = new LedgerEntry(round, b.Id, i.Id, i.Options[t.OptionForA].Id, a.Id, j.Id, j.Options[t.OptionForB].Id,
            givenB, gainedB, Reason(b.Id, j.Id, gainedB, i.Id, givenB));
        return new TradeAgreed(round, first, second) { Effects = t.Effects };
    }

    private static string Reason(string giver, string wanted, double gained, string gave, double given) =>
        FormattableString.Invariant(
            $"{giver} gains {gained:0.000} on {wanted} for {given:0.000} on {gave} in the mediator's next text (net {gained - given:+0.000;-0.000})");

    /// <summary>The open issues a country asks most about: its <see cref="AsksConsidered"/> highest-weight
    /// amendments where the table's commitments have not met, which keeps the search O(n²) on a full UN table.</summary>
    private static int[] TopAsks(SummitSetting setting, CountryMove move, int c)
    {
        var weights = setting.Scenario.Countries[c].Weights;
        Span<int> asked = move.Amendments.Length <= 256 ? stackalloc int[move.Amendments.Length] : new int[move.Amendments.Length];
        var count = 0;
        // Weight descending, then agenda order: a total order, so this insertion sort gives what any exact sort gives
        // (a handful of amendments: no comparer, closure or iterator per country per round).
        for (var i = 0; i < move.Amendments.Length; i++)
        {
            if (move.Amendments[i] == Package.Open) continue;
            var at = count++;
            while (at > 0 && Before(weights, i, asked[at - 1])) { asked[at] = asked[at - 1]; at--; }
            asked[at] = i;
        }
        return asked[..Math.Min(count, AsksConsidered)].ToArray();
    }

    private static bool Before(ImmutableArray<double> weights, int x, int y)
    {
        var byWeight = weights[y].CompareTo(weights[x]);
        return byWeight != 0 ? byWeight < 0 : x < y;
    }

    private static CountryMove Concede(CountryMove move, int issue, int option) => move with
    {
        Commitments = move.Commitments.SetItem(issue, move.Commitments[issue].With(option)),
        Amendments = move.Amendments.SetItem(issue, option),
    };
}
