namespace TechPact.Negotiation.Summits;

/// <summary>Turns the agreement zone — the packages drawn only from options every country has
/// committed to — into a pact, by the parties' own choice among them.</summary>
/// <remarks>
/// <para>Of the packages in the zone, those every country accepts (none crosses a red line, each is worth
/// at least its reservation to each), and of those the ones no other acceptable package Pareto-dominates,
/// the parties take the one with the highest power-weighted vote: Σ_i Σ_c power_c,i · w_c,i · v_c,i(x_i).
/// It is the compromise model of multilateral decision-making (capability × salience × position; van den
/// Bos 1991, Bueno de Mesquita &amp; Stokman 1994, Thomson, Stokman, Achen &amp; König 2006) with each party's
/// own valuation in place of a distance to its ideal point. The vote uses the parties' own utilities: it is
/// their choice among packages they have all already committed to, not the mediator's.</para>
/// <para>Why this shape: the set it chooses from does not depend on strengths, and power enters only as
/// the coefficient of a country's own value on the issue, so raising a country's power on an issue can
/// never lower its value there in the pact chosen from a given zone (the choice is a maximiser; compare
/// the two maximisers' objectives). The property test checks it on thousands of random zones.</para>
/// </remarks>
public static class Settlement
{
    /// <summary>Beyond this many packages in the zone the vote is taken issue by issue (see <see cref="Find"/>).</summary>
    public const long EnumerationLimit = 200_000;

    /// <summary>The pact, or null when the zone is empty or holds nothing everyone accepts. A zone larger
    /// than <see cref="EnumerationLimit"/> is settled issue by issue: the best option of each issue by
    /// the vote, taken only if everyone accepts the result.</summary>
    public static Package? Find(SummitSetting setting, IReadOnlyList<OptionSet> agreed)
    {
        var zone = Zone(setting, agreed);
        foreach (var a in zone)
            if (a.IsEmpty) return null;
        long size = 1;
        foreach (var a in zone) size = Math.Min(long.MaxValue / 64, size * a.Count);
        if (size > EnumerationLimit)
        {
            var perIssue = new Package([.. zone.Select((set, i) => BestByVote(setting, i, set))]);
            return Acceptability.IsAcceptable(setting, perIssue) ? perIssue : null;
        }
        var acceptable = Enumerate(zone).Where(p => Acceptability.IsAcceptable(setting, p)).ToList();
        if (acceptable.Count == 0) return null;
        var efficient = Efficient(setting, acceptable);
        Package? best = null;
        var bestVote = double.NegativeInfinity;
        foreach (var p in efficient)
        {
            var vote = Vote(setting, p);
            if (vote > bestVote + 1e-12) (best, bestVote) = (p, vote);
        }
        return best;
    }

    /// <summary>The power-weighted vote for a package: Σ_i Σ_c power_c,i · w_c,i · v_c,i(x_i) over its agreed issues.</summary>
    public static double Vote(SummitSetting setting, Package package)
    {
        var total = 0.0;
        for (var i = 0; i < package.Count; i++)
            if (package[i] != Package.Open) total += IssueVote(setting, i, package[i]);
        return total;
    }

    /// <summary>At the deadline: on each converged issue the option the vote prefers, the rest left open.
    /// A complete package that is not acceptable to everyone is no pact at all (someone would rather have
    /// no deal), so then nothing is settled.</summary>
    public static Package Partial(SummitSetting setting, IReadOnlyList<OptionSet> agreed)
    {
        var zone = Zone(setting, agreed);
        var partial = new Package([.. zone.Select((set, i) => set.IsEmpty ? Package.Open : BestByVote(setting, i, set))]);
        return partial.IsComplete && !Acceptability.IsAcceptable(setting, partial) ? Package.AllOpen(partial.Count) : partial;
    }

    /// <summary>The agreed options with every declared red line removed: red lines hold whatever was committed.</summary>
    public static ImmutableArray<OptionSet> Zone(SummitSetting setting, IReadOnlyList<OptionSet> agreed)
    {
        var countries = setting.Scenario.Countries;
        var zone = ImmutableArray.CreateBuilder<OptionSet>(agreed.Count);
        for (var i = 0; i < agreed.Count; i++)
        {
            var set = agreed[i];
            for (var c = 0; c < countries.Length; c++)
                if (setting.IsSeated(c)) set = set.Except(countries[c].RedLines[i]);
            zone.Add(set);
        }
        return zone.MoveToImmutable();
    }

    private static double IssueVote(SummitSetting setting, int issue, int option)
    {
        var countries = setting.Scenario.Countries;
        var vote = 0.0;
        for (var c = 0; c < countries.Length; c++)
            if (setting.IsSeated(c)) vote += setting.Leverage.Power[c][issue] * countries[c].Weights[issue] * countries[c].Values[issue][option];
        return vote;
    }

    private static int BestByVote(SummitSetting setting, int issue, OptionSet options)
    {
        int best = -1;
        var bestVote = double.NegativeInfinity;
        foreach (var o in options.Members())
        {
            var vote = IssueVote(setting, issue, o);
            if (vote > bestVote + 1e-12) (best, bestVote) = (o, vote);
        }
        return best;
    }

    private static IEnumerable<Package> Enumerate(ImmutableArray<OptionSet> zone)
    {
        var choices = zone.Select(a => a.Members().ToArray()).ToArray();
        var index = new int[choices.Length];
        while (true)
        {
            yield return new Package([.. choices.Select((c, i) => c[index[i]])]);
            var i = choices.Length - 1;
            for (; i >= 0 && ++index[i] == choices[i].Length; i--) index[i] = 0;
            if (i < 0) yield break;
        }
    }

    /// <summary>The acceptable packages no other acceptable package dominates, in their original order.</summary>
    private static List<Package> Efficient(SummitSetting setting, List<Package> acceptable)
    {
        // Efficient for the parties at the table: a country that left has no say in the pact.
        var countries = setting.Absent.IsEmpty ? setting.Scenario.Countries
            : [.. setting.Scenario.Countries.Where((_, c) => setting.IsSeated(c))];
        if (acceptable.Count == 1) return acceptable;
        var utilities = new double[acceptable.Count * countries.Length];
        for (var p = 0; p < acceptable.Count; p++)
            for (var c = 0; c < countries.Length; c++) utilities[p * countries.Length + c] = Utility.Of(countries[c], acceptable[p]);
        var ids = Enumerable.Range(0, acceptable.Count).Select(k => (long)k).ToArray();
        var frontier = ParetoFrontier.Find(utilities, ids, countries.Length);
        Array.Sort(frontier);
        return [.. frontier.Select(k => acceptable[k])];
    }
}
