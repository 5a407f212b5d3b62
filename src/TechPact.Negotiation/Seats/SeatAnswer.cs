namespace TechPact.Negotiation.Seats;

/// <summary>What a person or an agent in a seat answers for one round, in the words of the
/// scenario (issue and option ids): accept the draft as a package, and per issue every option
/// it stands by and the option it asks the draft to move to. <see cref="SeatMoves.From"/> turns it
/// into the country's move under the engine's rules.</summary>
/// <param name="AcceptsDraft">Accept the whole draft (it must be complete and cross none of the seat's red lines).</param>
/// <param name="Issues">Answers by issue; an issue left out keeps last round's commitments.</param>
public sealed record SeatAnswer(bool AcceptsDraft, ImmutableArray<IssueAnswer> Issues)
{
    public static readonly SeatAnswer Nothing = new(false, []);
}

/// <param name="Commit">Every option accepted on the issue, earlier commitments included: a
/// commitment can never be withdrawn, so leaving an earlier one out is refused.</param>
/// <param name="Amend">The option the draft should move to on this issue, or null for none.</param>
public sealed record IssueAnswer(string Issue, ImmutableArray<string> Commit, string? Amend = null);
