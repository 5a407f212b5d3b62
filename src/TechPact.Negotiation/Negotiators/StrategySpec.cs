namespace TechPact.Negotiation.Negotiators;

/// <summary>How a country's AI plays, in the three separable parts of the BOA architecture (Baarslag,
/// Hindriks, Hendrikx, Dirkzwager &amp; Jonker 2014, the GENIUS agent decomposition): a bidding
/// strategy (<see cref="Name"/>, with its exponent e where it has one), an acceptance strategy and an
/// opponent model.</summary>
public sealed record StrategySpec(string Name, double Exponent)
{
    public static readonly StrategySpec Boulware = new("boulware", 0.3);
    public static readonly StrategySpec Linear = new("linear", 1.0);
    public static readonly StrategySpec Conceder = new("conceder", 2.5);

    /// <summary>When to accept the text or offer on the table.</summary>
    public AcceptanceSpec Acceptance { get; init; } = AcceptanceSpec.Next;

    /// <summary>How the others' preferences are estimated from what they say: "frequency" or "none".</summary>
    public string OpponentModel { get; init; } = Opponents.OpponentModels.Frequency;
}

/// <summary>An acceptance strategy of Baarslag, Hindriks &amp; Jonker (2014), "Effective acceptance
/// conditions in multi-issue negotiation": "ac-next", "ac-time" or "ac-combi", with the time T
/// (fraction of the deadline) after which the time-based part applies.</summary>
public sealed record AcceptanceSpec(string Name, double Time)
{
    public const double DefaultTime = 0.9;

    public static readonly AcceptanceSpec Next = new("ac-next", DefaultTime);
}
