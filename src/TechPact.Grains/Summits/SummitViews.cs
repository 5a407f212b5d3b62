using TechPact.Negotiation.Standings;

namespace TechPact.Grains.Summits;

/// <summary>The wire's projections of the summit's <see cref="Standing"/> (derived in the engine, once).</summary>
public static class SummitViews
{
    public static SummitView Of(string summitId, Summit summit)
    {
        var standing = Standing.Of(summit);
        return new(summitId, summit.Scenario.Id, summit.Scenario.Title, standing.Round, summit.Rules.MaxRounds, standing.Status,
            standing.Draft, Lines(standing), standing.ConvergedIssues, summit.Agreement, standing.AgreementUtilities);
    }

    public static RoundView LastRound(Summit summit)
    {
        var standing = Standing.Of(summit);
        return new(standing.Round, standing.Status, Lines(standing), standing.ConvergedIssues, standing.Agreement ?? standing.Draft);
    }

    /// <summary>Each country's answer in the last round; before any round, how each rates the opening draft.</summary>
    private static ImmutableArray<CountryStanding> Lines(Standing standing) =>
        [.. standing.Countries.Select(l => new CountryStanding(l.Country.Id, l.Country.Name, l.AnsweredUtility, l.Accepts, l.Country.Reservation) { Left = l.Left })];

    /// <summary>How many issues had converged after each revision of the draft, in order.</summary>
    public static IEnumerable<int> ConvergedByRound(Summit summit) =>
        summit.Transcript.OfType<DraftRevised>().Select(r => r.Converged.Count(c => c));
}
