namespace TechPact.Negotiation.Negotiators.Strategies;

/// <summary>Zeuthen (1930): the party with the least to lose by conflict concedes. Its risk is
/// (a − U(draft)) / (a − r): the share of the surplus it demands that it would give up by
/// accepting the draft. When its risk is the smallest at the table it concedes just enough for
/// its risk to match the next smallest; otherwise it stands still.</summary>
public sealed class ZeuthenStrategy : IConcessionStrategy
{
    public double Aspiration(StrategyInput input)
    {
        var previous = input.PreviousAspiration;
        if (!input.LowestRisk) return previous;
        var target = input.NextLowestRisk;
        // Solve (a − U) / (a − r) = target for a; with nobody else holding out, accept the draft.
        var justEnough = target is > 0 and < 1
            ? (input.DraftUtility - target * input.Reservation) / (1 - target)
            : input.DraftUtility;
        return Math.Clamp(justEnough, input.Reservation, previous);
    }
}
