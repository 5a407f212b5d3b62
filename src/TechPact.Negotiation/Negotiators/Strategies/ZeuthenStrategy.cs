namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Zeuthen (1930) as a concession tactic at a mediated table: of those holding out, the party
/// with the least to lose by conflict gives way. Each country states its risk with its move,
/// (a − U(text)) / (a − r): the share of the surplus it demands that it would give up by taking the text.
/// When its own stated risk was the smallest (or it is the only one left holding out), it comes down to
/// the text — the one offer on the table — if the text clears its reservation; otherwise it stands still.
/// (The proposal-based protocol has its own Zeuthen player: <see cref="Protocols.Zeuthen.ZeuthenNegotiator"/>.)</summary>
public sealed class ZeuthenStrategy : IConcessionStrategy
{
    public double Aspiration(StrategyInput input)
    {
        var previous = input.PreviousAspiration;
        var risks = input.Table.Risks;
        if (risks.IsEmpty || input.Me >= risks.Length) return previous;
        var mine = risks[input.Me];
        var others = risks.Where((r, c) => c != input.Me && r > 0 && !input.Table.Absent.Contains(c)).ToArray();
        var lowest = mine > 0 && (others.Length == 0 || mine <= others.Min());
        return lowest ? Math.Clamp(input.DraftUtility, input.Reservation, previous) : previous;
    }
}
