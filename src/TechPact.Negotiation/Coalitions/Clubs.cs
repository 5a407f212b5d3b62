using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;

namespace TechPact.Negotiation.Coalitions;

/// <summary>Forms standards clubs and admits new members.</summary>
/// <remarks>A club forms on an issue once <c>threshold</c> countries have committed to one
/// option (the most supported; ties go to the option whose supporters carry the most power,
/// then the lower rung). From then on any country that commits to that option accedes.</remarks>
public static class Clubs
{
    public static ImmutableArray<Club> Update(ImmutableArray<Club> clubs, int threshold, int round,
        Leverage leverage, IReadOnlyList<ImmutableArray<OptionSet>> commitments, int issueCount)
    {
        if (threshold <= 0) return clubs;
        var updated = clubs.Select(club => club with
        {
            Members = club.Members.AddRange(Enumerable.Range(0, commitments.Count)
                .Where(c => !club.Members.Contains(c) && commitments[c][club.Issue].Contains(club.Option))),
        }).ToList();
        for (var issue = 0; issue < issueCount; issue++)
        {
            if (updated.Any(c => c.Issue == issue)) continue;
            var formed = Form(issue, threshold, round, leverage, commitments);
            if (formed is not null) updated.Add(formed);
        }
        return [.. updated];
    }

    private static Club? Form(int issue, int threshold, int round, Leverage leverage,
        IReadOnlyList<ImmutableArray<OptionSet>> commitments)
    {
        var options = commitments.SelectMany(c => c[issue].Members()).Distinct();
        var best = options
            .Select(o => (Option: o, Members: Enumerable.Range(0, commitments.Count).Where(c => commitments[c][issue].Contains(o)).ToImmutableArray()))
            .Where(x => x.Members.Length >= threshold)
            .OrderByDescending(x => x.Members.Length)
            .ThenByDescending(x => x.Members.Sum(c => leverage.Power[c][issue]))
            .ThenBy(x => x.Option)
            .FirstOrDefault();
        return best.Members.IsDefault ? null : new Club(issue, best.Option, round, best.Members);
    }
}
