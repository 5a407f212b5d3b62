namespace TechPact.Negotiation.Linkage;

/// <summary>A logrolling trade between countries A and B: A concedes B's ask on issue J, B
/// concedes A's ask on issue I. Indices into the scenario; utilities relative to the draft.</summary>
public sealed record Trade(int A, int B, int I, int OptionForA, int J, int OptionForB,
    double GivenByA, double GainedByA, double GivenByB, double GainedByB)
{
    public double JointGain => GainedByA - GivenByA + GainedByB - GivenByB;
}
