using System.Runtime.InteropServices;

namespace TechPact.Negotiation.Negotiators;

/// <summary>A country's whole answer to one round: its commitments (every option it can accept,
/// per issue, never fewer than before), whether it accepts the draft as a package, and for
/// each issue where it does not, the option it asks the draft to move to (or <see cref="Package.Open"/>).</summary>
/// <param name="Concessions">Issues on which the commitment set grew this round.</param>
public sealed record CountryMove(
    string Country,
    int Round,
    bool Accepts,
    double DraftUtility,
    double Aspiration,
    ImmutableArray<OptionSet> Commitments,
    ImmutableArray<int> Amendments,
    int Concessions)
{
    /// <summary>Zeuthen risk: the share of the surplus it still demands that it would lose by
    /// accepting the draft, (aspiration − U(draft)) / (aspiration − reservation); 0 when it accepts.</summary>
    public double Risk { get; init; }

    /// <summary>Its own standing proposal, in proposal-based protocols (Zeuthen); else null.</summary>
    public Package? Proposal { get; init; }

    /// <summary>What it stands for after answering <paramref name="draft"/>: its proposal, or the draft with its amendments applied.</summary>
    public Package PositionOn(Package draft)
    {
        if (Proposal is { } proposal) return proposal;
        var position = new int[draft.Count];
        for (var i = 0; i < position.Length; i++) position[i] = Amendments[i] == Package.Open ? draft[i] : Amendments[i];
        return new Package(ImmutableCollectionsMarshal.AsImmutableArray(position));
    }
}
