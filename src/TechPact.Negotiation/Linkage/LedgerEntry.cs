namespace TechPact.Negotiation.Linkage;

/// <summary>One side of a logrolling trade: who gave what on which issue, in exchange for what, and what
/// it cost and bought in the giver's own utility, measured on the mediator's next text with the trade
/// against the same text without it.</summary>
/// <param name="UtilityGiven">What the giver lost on the issue it gave on (≤ 0 when the text did not move against it there).</param>
/// <param name="UtilityGained">What it gained on the issue it asked about.</param>
/// <param name="Reason">Why the giver found the trade worth it, in words the debrief prints.</param>
public sealed record LedgerEntry(
    int Round,
    string Giver,
    string Issue,
    string Option,
    string Receiver,
    string ForIssue,
    string ForOption,
    double UtilityGiven,
    double UtilityGained,
    string Reason);
