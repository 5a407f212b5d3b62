using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Linkage;

/// <summary>Issue linkage (Raiffa 1982; Tollison &amp; Willett 1979): two countries that care most
/// about different open issues trade — each concedes the other's ask on the issue it cares less
/// about. A trade happens only when it leaves both better off in their own utility.</summary>
/// <remarks>For every pair of countries the mediator looks at the issues each asks most about
/// and keeps the pair's best trade (O(n²), so it scales to a full UN table). Trades are then
/// made best joint gain first; a country trades at most once a round.</remarks>
public static class Logrolling
{
    public const int AsksConsidered = 3;

    public static ImmutableArray<Trade> Find(Scenario scenario, Package draft, IReadOnlyList<CountryMove> moves,
        IReadOnlyList<OptionSet> agreed)
    {
        var asks = moves.Select((m, c) => TopAsks(scenario, m, c, agreed)).ToArray();
        var candidates = new List<Trade>();
        for (var a = 0; a < moves.Count; a++)
            for (var b = a + 1; b < moves.Count; b++)
            {
                Trade? best = null;
                foreach (var i in asks[a])
                    foreach (var j in asks[b])
                        if (i != j && Consider(scenario, draft, moves, a, b, i, j) is { } trade && (best is null || trade.JointGain > best.JointGain))
                            best = trade;
                if (best is not null) candidates.Add(best);
            }

        var busy = new HashSet<int>();
        var chosen = ImmutableArray.CreateBuilder<Trade>();
        foreach (var trade in candidates.OrderByDescending(t => t.JointGain).ThenBy(t => t.A).ThenBy(t => t.B))
            if (!busy.Contains(trade.A) && !busy.Contains(trade.B))
            {
                busy.Add(trade.A);
                busy.Add(trade.B);
                chosen.Add(trade);
            }
        return chosen.ToImmutable();
    }

    /// <summary>Applies the trades to the moves: each side commits to what it gave and now asks
    /// for it, so the mediator's next text reflects the deal.</summary>
    public static CountryMove[] Apply(IReadOnlyList<CountryMove> moves, IEnumerable<Trade> trades)
    {
        var result = moves.ToArray();
        foreach (var t in trades)
        {
            result[t.A] = Concede(result[t.A], t.J, t.OptionForB);
            result[t.B] = Concede(result[t.B], t.I, t.OptionForA);
        }
        return result;
    }

    public static IEnumerable<LedgerEntry> Entries(Scenario scenario, int round, Trade t)
    {
        var (a, b) = (scenario.Countries[t.A], scenario.Countries[t.B]);
        var (i, j) = (scenario.Issues[t.I], scenario.Issues[t.J]);
        yield return new LedgerEntry(round, a.Id, j.Id, j.Options[t.OptionForB].Id, b.Id, i.Id, i.Options[t.OptionForA].Id,
            t.GivenByA, t.GainedByA, Reason(a.Id, i.Id, a.Weights[t.I], t.GainedByA, j.Id, a.Weights[t.J], t.GivenByA));
        yield return new LedgerEntry(round, b.Id, i.Id, i.Options[t.OptionForA].Id, a.Id, j.Id, j.Options[t.OptionForB].Id,
            t.GivenByB, t.GainedByB, Reason(b.Id, j.Id, b.Weights[t.J], t.GainedByB, i.Id, b.Weights[t.I], t.GivenByB));
    }

    private static string Reason(string giver, string wanted, double wantedWeight, double gained, string gave, double gaveWeight, double given) =>
        FormattableString.Invariant(
            $"{giver} gains {gained:0.000} on {wanted} ({wantedWeight * 100:0}% of its weight) for {given:0.000} on {gave} ({gaveWeight * 100:0}%)");

    /// <summary>The open issues a country asks most about: its <see cref="AsksConsidered"/>
    /// highest-weight amendments, which keeps the search O(n²) on a full UN table.</summary>
    private static int[] TopAsks(Scenario scenario, CountryMove move, int c, IReadOnlyList<OptionSet> agreed)
    {
        var weights = scenario.Countries[c].Weights;
        return Enumerable.Range(0, move.Amendments.Length)
            .Where(i => move.Amendments[i] != Package.Open && agreed[i].IsEmpty)
            .OrderByDescending(i => weights[i]).ThenBy(i => i)
            .Take(AsksConsidered).ToArray();
    }

    private static Trade? Consider(Scenario scenario, Package draft, IReadOnlyList<CountryMove> moves, int a, int b, int i, int j)
    {
        var (pa, pb) = (scenario.Countries[a], scenario.Countries[b]);
        var askA = moves[a].Amendments[i];
        var askB = moves[b].Amendments[j];
        if (askB == Package.Open || askA == Package.Open) return null;
        if (moves[a].Commitments[j].Contains(askB) || moves[b].Commitments[i].Contains(askA)) return null;
        if (pa.RedLines[j].Contains(askB) || pb.RedLines[i].Contains(askA)) return null;

        var givenA = pa.Weights[j] * (pa.Values[j][draft[j]] - pa.Values[j][askB]);
        var gainedA = pa.Weights[i] * (pa.Values[i][askA] - pa.Values[i][draft[i]]);
        var givenB = pb.Weights[i] * (pb.Values[i][draft[i]] - pb.Values[i][askA]);
        var gainedB = pb.Weights[j] * (pb.Values[j][askB] - pb.Values[j][draft[j]]);
        var worthIt = givenA > 0 && givenB > 0 && gainedA > givenA && gainedB > givenB;
        return worthIt ? new Trade(a, b, i, askA, j, askB, givenA, gainedA, givenB, gainedB) : null;
    }

    private static CountryMove Concede(CountryMove move, int issue, int option) => move with
    {
        Commitments = move.Commitments.SetItem(issue, move.Commitments[issue].With(option)),
        Amendments = move.Amendments.SetItem(issue, option),
    };
}
