namespace TechPact.Negotiation.Coalitions;

/// <summary>Forms standards clubs and admits new members.</summary>
/// <remarks>A club forms on an issue once <c>threshold</c> countries have committed to one
/// option (the most supported; ties go to the option whose supporters carry the most power,
/// then the lower rung). From then on any country that commits to that option accedes.</remarks>
public static class Clubs
{
    /// <param name="absent">Seats whose country has left the summit: they leave their clubs (a club stands
    /// with the members it has left) and join or found none.</param>
    public static ImmutableArray<Club> Update(ImmutableArray<Club> clubs, int threshold, int round,
        Leverage leverage, IReadOnlyList<ImmutableArray<OptionSet>> commitments, int issueCount, IReadOnlySet<int>? absent = null)
    {
        if (threshold <= 0) return clubs;
        absent ??= ImmutableSortedSet<int>.Empty;
        var updated = new List<Club>(clubs.Length + 1);
        var covered = new bool[issueCount];
        foreach (var club in clubs)
        {
            covered[club.Issue] = true;
            var members = absent.Count > 0 && club.Members.Any(absent.Contains) ? [.. club.Members.Where(m => !absent.Contains(m))] : club.Members;
            ImmutableArray<int>.Builder? joined = null;
            for (var c = 0; c < commitments.Count; c++)
                if (commitments[c][club.Issue].Contains(club.Option) && !members.Contains(c) && !absent.Contains(c))
                    (joined ??= ImmutableArray.CreateBuilder<int>()).Add(c);
            updated.Add(joined is null && members == club.Members ? club : club with { Members = joined is null ? members : members.AddRange(joined) });
        }
        for (var issue = 0; issue < issueCount; issue++)
        {
            if (covered[issue]) continue;
            var formed = Form(issue, threshold, round, leverage, commitments, absent);
            if (formed is not null) updated.Add(formed);
        }
        return [.. updated];
    }

    /// <summary>The option most countries committed to on the issue, if at least <paramref name="threshold"/>
    /// did; ties to the option whose supporters carry the most power there, then to the lower rung.</summary>
    private static Club? Form(int issue, int threshold, int round, Leverage leverage,
        IReadOnlyList<ImmutableArray<OptionSet>> commitments, IReadOnlySet<int> absent)
    {
        var offered = OptionSet.Empty;
        for (var c = 0; c < commitments.Count; c++)
            if (!absent.Contains(c)) offered = offered.Union(commitments[c][issue]);
        int bestOption = -1, bestCount = 0;
        var bestPower = 0.0;
        for (var bits = offered.Bits; bits != 0; bits &= bits - 1)
        {
            var option = System.Numerics.BitOperations.TrailingZeroCount(bits);
            var count = 0;
            var power = 0.0;
            for (var c = 0; c < commitments.Count; c++)
                if (commitments[c][issue].Contains(option) && !absent.Contains(c)) (count, power) = (count + 1, power + leverage.Power[c][issue]);
            if (count < threshold) continue;
            if (bestOption < 0 || count > bestCount || (count == bestCount && power > bestPower) ||
                (count == bestCount && power == bestPower && option < bestOption))
                (bestOption, bestCount, bestPower) = (option, count, power);
        }
        if (bestOption < 0) return null;
        var members = ImmutableArray.CreateBuilder<int>(bestCount);
        for (var c = 0; c < commitments.Count; c++)
            if (commitments[c][issue].Contains(bestOption) && !absent.Contains(c)) members.Add(c);
        return new Club(issue, bestOption, round, members.MoveToImmutable());
    }
}
