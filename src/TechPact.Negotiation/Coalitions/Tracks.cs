using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Coalitions;

/// <summary>What the tracks have agreed: per issue, the options every member of a track on that
/// issue has committed to (empty where no track covers it or its members still differ).</summary>
public static class Tracks
{
    public static ImmutableArray<OptionSet> Agreed(IReadOnlyList<Track> tracks, int issueCount,
        IReadOnlyList<ImmutableArray<OptionSet>> commitments)
    {
        var agreed = new OptionSet[issueCount];
        foreach (var track in tracks)
            foreach (var issue in track.Issues)
            {
                var set = new OptionSet(ulong.MaxValue);
                foreach (var c in track.Countries) set = set.Intersect(commitments[c][issue]);
                agreed[issue] = agreed[issue].Union(set);
            }
        return [.. agreed];
    }
}
