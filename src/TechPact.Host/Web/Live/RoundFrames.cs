using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Standings;

namespace TechPact.Host.Web.Live;

/// <summary>Reads the live page's frames off a transcript: pure functions of (scenario, analysis, transcript).</summary>
public static class RoundFrames
{
    public static SummitHeader Header(string summitId, Scenario scenario, NegotiationRules rules, OutcomeAnalysis? analysis) =>
        new(summitId, scenario.Id, scenario.Title, rules.Seed, rules.MaxRounds, rules.Protocol,
            scenario.Issues.Select(i => new IssueInfo(i.Id, i.Title, i.Options.Select(o => o.Label).ToList())).ToList(),
            scenario.Countries.Select(c => new CountryInfo(c.Id, c.Name, c.Reservation)).ToList(),
            analysis?.Nash is { } nash ? new NashPoint(nash.Utilities, Items(scenario, nash.Package, null)) : null);

    /// <summary>The frame for the round <paramref name="standing"/> stands after: the live page's projection
    /// of it, plus the round's events told in words.</summary>
    public static RoundFrame Frame(string summitId, Scenario opening, OutcomeAnalysis? analysis,
        IReadOnlyList<TranscriptEvent> transcript, Standing standing)
    {
        var round = standing.Round;
        var scenario = standing.Table;
        var countries = standing.Countries.Select(line =>
        {
            var move = line.LastAnswer;
            var commitments = scenario.Issues.Select((issue, i) => (IReadOnlyList<string>)(move is null || i >= move.Commitments.Length
                ? []
                : move.Commitments[i].Members().Where(o => o < issue.Options.Length).Select(o => issue.Options[o].Label).ToList())).ToList();
            return new CountryFrame(line.Country.Id, line.Country.Name, line.Utility, line.Country.Reservation, line.Accepts, commitments);
        }).ToList();

        var events = transcript.Where(e => e.Round == round)
            .Select(e => EventText.Describe(scenario, e)).OfType<LiveEvent>().ToList();
        // After an event the table's preferences differ, and so does its Nash point.
        var current = ReferenceEquals(scenario, opening) ? analysis : AnalysisCache.Shared.For(scenario);
        return new RoundFrame(summitId, round, RunOutcome.StatusName(standing.Status), Items(scenario, standing.Draft, standing.Converged), countries,
            NashDistance(scenario, current, standing.Draft), events, standing.IsOver ? Pact(standing) : null);
    }

    public static double? NashDistance(Scenario scenario, OutcomeAnalysis? analysis, Package draft)
    {
        if (analysis?.Nash is not { } nash || nash.Utilities.Length != scenario.Countries.Length) return null;
        var sum = 0.0;
        for (var c = 0; c < scenario.Countries.Length; c++)
        {
            var d = Utility.Of(scenario.Countries[c], draft) - nash.Utilities[c];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }

    private static PactFrame Pact(Standing standing)
    {
        var items = Items(standing.Table, standing.Agreement!, null);
        return new PactFrame(RunOutcome.StatusName(standing.Status),
            items.Where(i => i.Option is not null).ToList(),
            items.Where(i => i.Option is null).Select(i => i.Title).ToList(),
            standing.Countries.Select((line, i) => (line.Country.Id, U: standing.AgreementUtilities[i]))
                .ToDictionary(x => x.Id, x => x.U, StringComparer.Ordinal));
    }

    private static List<DraftItem> Items(Scenario scenario, Package package, ImmutableArray<bool>? converged) =>
        scenario.Issues.Select((issue, i) =>
        {
            var o = i < package.Count ? package[i] : Package.Open;
            var option = o == Package.Open ? null : issue.Options[o];
            var agreed = converged is { IsDefault: false } flags && i < flags.Length && flags[i];
            return new DraftItem(issue.Id, issue.Title, option?.Label, option?.Standard, agreed || converged is null && option is not null);
        }).ToList();
}
