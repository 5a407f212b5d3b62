using System.Collections.Immutable;
using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Protocols.Zeuthen;

/// <summary>One country's play under the monotonic concession protocol. Surpluses are utilities
/// above the reservation (the disagreement point). Risk of country c: the share of its surplus
/// it would give up by taking the best other proposal on the table instead of its own,
/// (s_c(own) − s_c(best other)) / s_c(own) — Zeuthen's willingness to risk conflict.</summary>
/// <remarks>Proposals are drawn from the individually rational part of the Pareto frontier, so a
/// concession never wastes utility. "Just enough": the concession keeps as much of its own
/// surplus as it can while making its risk no longer the smallest.</remarks>
public sealed class ZeuthenNegotiator(CountryBrief brief)
{
    private const double Tolerance = 1e-12;
    private ImmutableArray<Package>? _frontier;

    public CountryMove Respond(RoundContext context)
    {
        var me = brief.Index;
        var profile = brief.Profile;
        var (proposal, accepts) = context.Proposals.IsEmpty ? (Ideal(), false) : Decide(context.Proposals);
        var proposals = context.Proposals.IsEmpty ? [] : context.Proposals.SetItem(me, proposal);
        var commitments = context.Commitments[me].Select((set, i) => set.With(proposal[i])).ToImmutableArray();
        var concessions = context.Proposals.IsEmpty || context.Proposals[me].Equals(proposal) ? 0 :
            commitments.Where((set, i) => set != context.Commitments[me][i]).Count();
        return new CountryMove(profile.Id, context.Round, accepts, Utility.Of(profile, context.Draft),
            Utility.Of(profile, proposal), commitments, [.. Enumerable.Repeat(Package.Open, proposal.Count)], concessions)
        {
            Risk = proposals.IsEmpty ? 1.0 : Risk(me, proposals),
            Proposal = proposal,
        };
    }

    private (Package Proposal, bool Accepts) Decide(ImmutableArray<Package> proposals)
    {
        var me = brief.Index;
        var mine = proposals[me];
        // A proposal everyone likes at least as much as their own ends the game; when several do,
        // every country picks the same one (best Nash product, then table order), so they meet
        // instead of swapping proposals.
        var agreeable = proposals.Where(p => Enumerable.Range(0, proposals.Length)
            .All(c => Surplus(c, p) >= Surplus(c, proposals[c]) - Tolerance)).ToList();
        if (agreeable.Count > 0) return (agreeable.MaxBy(NashProduct)!, true);
        var bestOther = BestOther(me, proposals);
        if (Surplus(me, bestOther) >= Surplus(me, mine) - Tolerance) return (bestOther, true);
        var lowest = Enumerable.Range(0, proposals.Length).Where(c => c != me).Min(c => Risk(c, proposals));
        if (Risk(me, proposals) > lowest + Tolerance) return (mine, false);

        foreach (var candidate in Frontier().Where(x => Surplus(me, x) < Surplus(me, mine) - Tolerance)
                     .OrderByDescending(x => Surplus(me, x)))
        {
            var next = proposals.SetItem(me, candidate);
            var others = Enumerable.Range(0, next.Length).Where(c => c != me).Min(c => Risk(c, next));
            if (Risk(me, next) > others + Tolerance) return (candidate, false);
        }
        return (bestOther, true);
    }

    private double Risk(int c, ImmutableArray<Package> proposals)
    {
        var own = Surplus(c, proposals[c]);
        if (own <= Tolerance) return 0.0;
        return Math.Clamp((own - Math.Max(0.0, Surplus(c, BestOther(c, proposals)))) / own, 0.0, 1.0);
    }

    private double NashProduct(Package package) =>
        Enumerable.Range(0, brief.Table.Length).Aggregate(1.0, (product, c) => product * Math.Max(0.0, Surplus(c, package)));

    private Package BestOther(int c, ImmutableArray<Package> proposals) =>
        Enumerable.Range(0, proposals.Length).Where(j => j != c).Select(j => proposals[j])
            .MaxBy(p => Surplus(c, p))!;

    private double Surplus(int c, Package package) =>
        Utility.CrossesRedLine(brief.Table[c], package) ? double.NegativeInfinity
            : Utility.Of(brief.Table[c], package) - brief.Table[c].Reservation;

    /// <summary>Its opening proposal: the rational frontier point best for itself.</summary>
    private Package Ideal() => Frontier().MaxBy(x => Surplus(brief.Index, x))!;

    /// <summary>Pareto-optimal packages that clear every reservation (the bargaining set); if
    /// there are none, its own best package, which it will then hold to the deadline.</summary>
    private ImmutableArray<Package> Frontier() => _frontier ??= ComputeFrontier();

    private ImmutableArray<Package> ComputeFrontier()
    {
        var scenario = new Scenario("zeuthen", "", brief.Issues, brief.Table, brief.Rules);
        var rational = OutcomeAnalyzer.Analyze(scenario).ParetoFrontier
            .Where(p => Enumerable.Range(0, brief.Table.Length).All(c => Surplus(c, p.Package) >= 0))
            .Select(p => p.Package).ToImmutableArray();
        return rational.IsEmpty ? [OwnBest()] : rational;
    }

    private Package OwnBest() =>
        new([.. brief.Issues.Select((issue, i) => Enumerable.Range(0, issue.Options.Length)
            .Where(o => !brief.Profile.RedLines[i].Contains(o)).DefaultIfEmpty(0).MaxBy(o => brief.Profile.Values[i][o]))]);
}
