namespace TechPact.Negotiation.Protocols.Zeuthen;

/// <summary>One country's play under the multilateral monotonic concession protocol, with the Zeuthen
/// strategy generalised to n parties and to bargaining power. Surpluses are utilities above the
/// reservation (the disagreement point).</summary>
/// <remarks>
/// <para><b>Risk.</b> Conflict ends only when one proposal suits everyone, so a country's willingness to
/// risk conflict is measured against the proposal on the table it likes least:
/// r_c = (s_c(own) − min_{j≠c} s_c(p_j)) / s_c(own). With two parties that is Zeuthen's risk.
/// With bargaining power β_c (<see cref="Leverage.Exponents"/>) it is compared as ρ_c = 1 − (1 − r_c)^β_c;
/// for two parties "A's ρ is the smaller" is then exactly "B's proposal has the larger asymmetric Nash
/// product s_A^β_A · s_B^β_B", which is why the process ends at the asymmetric Nash point (Harsanyi's
/// argument; equal strengths give β = 1 and the plain Nash product).</para>
/// <para><b>Who concedes.</b> Of the countries that can still concede (some package of the bargaining
/// set is worse for them than their own proposal), those with the smallest ρ. <b>How far.</b> Just
/// enough: down the bargaining set in its own order of preference, to the first package after which
/// its ρ is no longer the smallest, or that everyone likes at least as much as their own proposal.</para>
/// <para>Proposals are always drawn from the bargaining set (<see cref="BargainingSet"/>), so every
/// proposal clears every reservation and crosses no red line; that, and the protocol's deadline rule,
/// is what guarantees agreement whenever such a package exists (<see cref="ZeuthenProtocol"/>).</para>
/// <para>A country that left the summit (<see cref="RoundContext.Absent"/>) is no party: the bargaining set,
/// the risks and the agreement criterion are the table's without it.</para>
/// </remarks>
public sealed class ZeuthenNegotiator(CountryBrief brief) : INegotiator
{
    private const double Tolerance = 1e-12;

    private readonly ImmutableArray<double> _power = Leverage.Compute(brief.Issues, brief.Table).Exponents;
    private ImmutableArray<Package>? _set;
    private ImmutableSortedSet<int> _absent = [];

    public CountryMove Respond(RoundContext context)
    {
        if (context.Absent != _absent) (_absent, _set) = (context.Absent, null);
        var me = brief.Index;
        var profile = brief.Profile;
        var proposal = context.Proposals.IsEmpty ? Opening() : Decide(context.Proposals);
        var proposals = context.Proposals.IsEmpty ? [] : context.Proposals.SetItem(me, proposal);
        var previous = context.Commitments[me];
        var commitments = previous.Select((set, i) => set.With(proposal[i])).ToImmutableArray();
        var concessions = context.Round == 1 ? 0 : commitments.Where((set, i) => set != previous[i]).Count();
        var ownUtility = Utility.Of(profile, proposal);
        var draftUtility = Utility.Of(profile, context.Draft);
        return new CountryMove(profile.Id, context.Round, context.Draft.IsComplete && draftUtility >= ownUtility - Tolerance,
            draftUtility, ownUtility, commitments, [.. Enumerable.Repeat(Package.Open, proposal.Count)], concessions)
        {
            Risk = proposals.IsEmpty ? 1.0 : WeightedRisk(me, proposals),
            Proposal = proposal,
        };
    }

    private Package Decide(ImmutableArray<Package> proposals)
    {
        var me = brief.Index;
        var mine = proposals[me];
        var set = Set();
        var lowest = Seated(proposals.Length).Where(c => CanConcede(c, proposals[c]))
            .Select(c => WeightedRisk(c, proposals)).DefaultIfEmpty(double.PositiveInfinity).Min();
        if (!CanConcede(me, mine) || WeightedRisk(me, proposals) > lowest + Tolerance) return mine;

        var candidates = set.Where(x => Surplus(me, x) < Surplus(me, mine) - Tolerance)
            .OrderByDescending(x => Surplus(me, x)).ThenByDescending(LogWeightedNash).ToList();
        foreach (var candidate in candidates)
        {
            var next = proposals.SetItem(me, candidate);
            if (Seated(next.Length).All(c => Surplus(c, candidate) >= Surplus(c, next[c]) - Tolerance)) return candidate;
            var others = Seated(next.Length).Where(c => c != me).Min(c => WeightedRisk(c, next));
            if (WeightedRisk(me, next) > others + Tolerance) return candidate;
        }
        return candidates[0];
    }

    /// <summary>ρ_c = 1 − (1 − r_c)^β_c, r_c against the proposal on the table worst for c.</summary>
    private double WeightedRisk(int c, ImmutableArray<Package> proposals)
    {
        var own = Surplus(c, proposals[c]);
        if (own <= Tolerance) return 0.0;
        var worst = Seated(proposals.Length).Where(j => j != c).Min(j => Surplus(c, proposals[j]));
        var risk = Math.Clamp((own - Math.Max(0.0, worst)) / own, 0.0, 1.0);
        return 1 - Math.Pow(1 - risk, _power[c]);
    }

    private IEnumerable<int> Seated(int countries) => Enumerable.Range(0, countries).Where(c => !_absent.Contains(c));

    private bool CanConcede(int c, Package own) => Set().Any(x => Surplus(c, x) < Surplus(c, own) - Tolerance);

    private double LogWeightedNash(Package package) => Acceptability.LogWeightedNash(brief.Table, _power, package, _absent);

    private double Surplus(int c, Package package) =>
        Utility.CrossesRedLine(brief.Table[c], package) ? double.NegativeInfinity
            : Utility.Of(brief.Table[c], package) - brief.Table[c].Reservation;

    /// <summary>Its opening proposal: the package of the bargaining set best for itself.</summary>
    private Package Opening() => Set().OrderByDescending(x => Surplus(brief.Index, x)).ThenByDescending(LogWeightedNash).First();

    /// <summary>The bargaining set; if it is empty, its own best package nobody has a red line against,
    /// which it then holds to the deadline (no agreement is possible).</summary>
    private ImmutableArray<Package> Set() => _set ??= ComputeSet();

    private ImmutableArray<Package> ComputeSet()
    {
        var table = _absent.IsEmpty ? brief.Table : [.. brief.Table.Where((_, c) => !_absent.Contains(c))];
        var frontier = BargainingSet.Frontier(brief.Issues, table, brief.Rules.Seed);
        return frontier.IsEmpty ? [OwnBest()] : frontier;
    }

    private Package OwnBest() =>
        new([.. brief.Issues.Select((issue, i) => Enumerable.Range(0, issue.Options.Length)
            .Where(o => brief.Table.Where((_, c) => !_absent.Contains(c)).All(c => !c.RedLines[i].Contains(o))).DefaultIfEmpty(0).MaxBy(o => brief.Profile.Values[i][o]))]);
}
