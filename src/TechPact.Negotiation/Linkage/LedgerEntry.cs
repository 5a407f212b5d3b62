namespace TechPact.Negotiation.Linkage;

/// <summary>One side of a logrolling trade: who gave what on which issue, in exchange for what,
/// and what it cost and bought in the giver's own utility (relative to the draft on the table).</summary>
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
