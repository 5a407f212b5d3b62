using TechPact.Negotiation.Preferences;

namespace TechPact.Grains.Summits;

/// <summary>Reads the views a UI needs off the summit's state and the tail of its transcript.</summary>
public static class SummitViews
{
    public static SummitView Of(string summitId, Summit summit) =>
        new(summitId, summit.Scenario.Id, summit.Scenario.Title, summit.Round, summit.Rules.MaxRounds, summit.Status,
            summit.Draft, Standings(summit), ConvergedIssues(summit), summit.Agreement,
            summit.IsOver ? summit.UtilitiesOf(summit.Agreement) : []);

    public static RoundView LastRound(Summit summit) =>
        new(summit.Round, summit.Status, Standings(summit), ConvergedIssues(summit), summit.IsOver ? summit.Agreement : summit.Draft);

    /// <summary>Each country's answer in the last round; before any round, how each rates the opening draft.</summary>
    private static ImmutableArray<CountryStanding> Standings(Summit summit)
    {
        var answers = summit.Transcript.OfType<CountryAnswered>()
            .Where(a => a.Round == summit.Round)
            .ToDictionary(a => a.Move.Country, a => a.Move, StringComparer.Ordinal);
        return summit.Scenario.Countries.Select(c => answers.TryGetValue(c.Id, out var move)
                ? new CountryStanding(c.Id, c.Name, move.DraftUtility, move.Accepts, c.Reservation)
                : new CountryStanding(c.Id, c.Name, Utility.Of(c, summit.Draft), false, c.Reservation))
            .ToImmutableArray();
    }

    /// <summary>How many issues had converged after each revision of the draft, in order.</summary>
    public static IEnumerable<int> ConvergedByRound(Summit summit) =>
        summit.Transcript.OfType<DraftRevised>().Select(r => r.Converged.Count(c => c));

    private static ImmutableArray<string> ConvergedIssues(Summit summit)
    {
        var revised = summit.Transcript.OfType<DraftRevised>().LastOrDefault();
        if (revised is null) return [];
        return summit.Scenario.Issues.Where((_, i) => revised.Converged[i]).Select(issue => issue.Id).ToImmutableArray();
    }
}
