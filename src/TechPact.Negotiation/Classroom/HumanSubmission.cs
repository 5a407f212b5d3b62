using System.Collections.Immutable;

namespace TechPact.Negotiation.Classroom;

/// <summary>What a student hands in for one round, in the words of the scenario (issue and option
/// ids): accept the draft as a package, and per issue every option they stand by and the option
/// they ask the draft to move to.</summary>
/// <param name="AcceptsDraft">Accept the whole draft (it must be complete and cross none of your red lines).</param>
/// <param name="Issues">Answers by issue; an issue left out keeps last round's commitments.</param>
public sealed record HumanSubmission(bool AcceptsDraft, ImmutableArray<IssueAnswer> Issues)
{
    public static readonly HumanSubmission Nothing = new(false, []);
}

/// <param name="Commit">Every option accepted on the issue, earlier commitments included: a
/// commitment can never be withdrawn, so leaving an earlier one out is refused.</param>
/// <param name="Amend">The option the draft should move to on this issue, or null for none.</param>
public sealed record IssueAnswer(string Issue, ImmutableArray<string> Commit, string? Amend = null);
