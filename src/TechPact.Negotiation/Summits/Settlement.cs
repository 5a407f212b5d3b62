using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Protocols;

namespace TechPact.Negotiation.Summits;

/// <summary>Turns intersecting commitments into a pact: the package, drawn only from options
/// every country committed to, that clears every reservation with the best Nash product.</summary>
public static class Settlement
{
    /// <summary>Beyond this many combinations the search keeps the mediator's per-issue choice only.</summary>
    private const long EnumerationLimit = 200_000;

    public static Package? Find(SummitSetting setting, Package preferred, IReadOnlyList<OptionSet> agreed)
    {
        if (agreed.Any(a => a.IsEmpty)) return null;
        if (!double.IsNegativeInfinity(NashMediator.LogNashProduct(setting, preferred))) return preferred;

        long combinations = 1;
        foreach (var a in agreed)
        {
            combinations *= a.Count;
            if (combinations > EnumerationLimit) return null;
        }
        var choices = agreed.Select(a => a.Members().ToArray()).ToArray();
        Package? best = null;
        var bestScore = double.NegativeInfinity;
        var index = new int[choices.Length];
        for (long n = 0; n < combinations; n++)
        {
            var candidate = new Package(choices.Select((c, i) => c[index[i]]).ToImmutableArray());
            var score = NashMediator.LogNashProduct(setting, candidate);
            if (score > bestScore + 1e-12) (best, bestScore) = (candidate, score);
            for (var i = choices.Length - 1; i >= 0 && ++index[i] == choices[i].Length; i--) index[i] = 0;
        }
        return best;
    }

    /// <summary>At the deadline: the converged issues, the rest left open.</summary>
    public static Package Partial(Package draft, IReadOnlyList<OptionSet> agreed) =>
        new(draft.Choices.Select((o, i) => agreed[i].Contains(o) ? o : Package.Open).ToImmutableArray());
}
