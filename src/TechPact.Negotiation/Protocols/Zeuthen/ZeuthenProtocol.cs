using TechPact.Negotiation.Protocols.Text;

namespace TechPact.Negotiation.Protocols.Zeuthen;

/// <summary>The monotonic concession protocol, multilateral (Zeuthen 1930; Harsanyi 1956; Rosenschein
/// &amp; Zlotkin 1994; for n parties Endriss 2006, "Monotonic concession protocols for multilateral
/// negotiation"): every country keeps a standing proposal and may only concede; a round ends in
/// agreement when some proposal on the table is, for every country, at least as good as its own
/// proposal (Endriss's agreement criterion), the one with the best asymmetric Nash product if several.</summary>
/// <remarks>
/// <para><b>The deadline.</b> In the last round every country takes any proposal that clears its
/// reservation and crosses no red line (the AC_time condition at the deadline: a deal above no deal is
/// better than no deal). Proposals are drawn only from the bargaining set, so whenever some package is
/// acceptable to all, every proposal is, and the summit agrees by the deadline at the latest.</para>
/// <para>As Zeuthen and Harsanyi assume, utilities are common knowledge: country briefs carry the whole
/// table (<see cref="CompleteInformation"/>). The concessions are the countries' own
/// (<see cref="ZeuthenNegotiator"/>); the text shown is the standing proposal with the best asymmetric
/// Nash product.</para>
/// </remarks>
public sealed class ZeuthenProtocol : Protocol<ZeuthenProtocol.Proposals>
{
    private const double Tolerance = 1e-12;

    /// <summary>Each country's standing proposal; empty before the first round and after a party joins.</summary>
    public sealed record Proposals(ImmutableArray<Package> Standing) : ProtocolState;

    public override string Name => "zeuthen";

    public override bool CompleteInformation => true;

    /// <summary>Before anyone proposes, the text is the mediator's opening compromise — only a placeholder
    /// for displays; countries look at proposals.</summary>
    public override ProtocolOpening Open(SummitSetting setting) => new(Mediator.Opening(setting), new Proposals([]));

    public override INegotiator Negotiator(CountryBrief brief) => new ZeuthenNegotiator(brief);

    protected override RoundContext Context(RoundContext context, Proposals state) => context with { Proposals = state.Standing };

    protected override RoundClosing Close(SummitSetting setting, Proposals state, RoundTable table)
    {
        var proposals = table.Moves.Select(m => m.Proposal ?? m.PositionOn(table.Draft)).ToImmutableArray();
        var candidates = Enumerable.Range(0, proposals.Length)
            .Where(j => setting.IsSeated(j) && Acceptability.IsAcceptable(setting, proposals[j]) && (table.Deadline || SuitsEveryone(setting, proposals, j)))
            .Select(j => proposals[j]).ToList();
        var pact = candidates.Count == 0 ? null : Best(setting, candidates);
        var shown = pact ?? Best(setting, [.. proposals.Where((_, c) => setting.IsSeated(c))]);
        return new RoundClosing(shown, new Proposals(proposals), proposals, pact,
            table.Deadline && pact is null ? Settlement.Partial(setting, table.Agreed) : null);
    }

    protected override ProtocolState PartyJoined(Proposals state, int countries) => new Proposals([]);

    /// <summary>Endriss's criterion: proposal j is at least as good as its own proposal for every country.</summary>
    private static bool SuitsEveryone(SummitSetting setting, ImmutableArray<Package> proposals, int j)
    {
        var countries = setting.Scenario.Countries;
        for (var c = 0; c < countries.Length; c++)
            if (setting.IsSeated(c) && Utility.Of(countries[c], proposals[j]) < Utility.Of(countries[c], proposals[c]) - Tolerance) return false;
        return true;
    }

    /// <summary>The best asymmetric Nash product; ties to the earlier proposal (table order).</summary>
    private static Package Best(SummitSetting setting, IReadOnlyList<Package> proposals)
    {
        var best = proposals[0];
        var score = Acceptability.LogWeightedNash(setting, best);
        foreach (var p in proposals.Skip(1))
        {
            var s = Acceptability.LogWeightedNash(setting, p);
            if (s > score + Tolerance) (best, score) = (p, s);
        }
        return best;
    }
}
