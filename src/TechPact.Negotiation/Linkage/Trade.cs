namespace TechPact.Negotiation.Linkage;

/// <summary>A logrolling trade between countries A and B: A takes up B's ask on issue J, B takes up A's
/// ask on issue I. Indices into the scenario. The mediator's next text holds <see cref="TextOnI"/> and
/// <see cref="TextOnJ"/> with the trade and the <c>Without</c> options without it; <see cref="Effects"/>
/// is every country's utility change of that text, traders and third parties alike.</summary>
public sealed record Trade(int A, int B, int I, int OptionForA, int J, int OptionForB,
    int TextOnI, int TextOnJ, int WithoutOnI, int WithoutOnJ, ImmutableArray<double> Effects)
{
    public double JointGain => Effects[A] + Effects[B];
}
