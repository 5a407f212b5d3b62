namespace TechPact.Negotiation.Coalitions;

/// <summary>What the tracks have agreed: per issue, the options every member of a track on that
/// issue has committed to (empty where no track covers it or its members still differ).</summary>
public static class Tracks
{
    /// <param name="absent">Seats whose country has left: no longer members of any track (a track with none left agrees nothing).</param>
    public static ImmutableArray<OptionSet> Agreed(IReadOnlyList<Track> tracks, int issueCount,
        IReadOnlyList<ImmutableArray<OptionSet>> commitments, IReadOnlySet<int>? absent = null)
    {
        var agreed = new OptionSet[issueCount];
        foreach (var track in tracks)
            foreach (var issue in track.Issues)
            {
                var set = new OptionSet(ulong.MaxValue);
                var members = 0;
                foreach (var c in track.Countries)
                    if (absent?.Contains(c) != true) (set, members) = (set.Intersect(commitments[c][issue]), members + 1);
                if (members > 0) agreed[issue] = agreed[issue].Union(set);
            }
        return [.. agreed];
    }
}
