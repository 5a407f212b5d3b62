using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;

namespace TechPact.Host.Web.Live;

/// <summary>Reads the live page's frames off a transcript: pure functions of (scenario, analysis, transcript).</summary>
public static class RoundFrames
{
    public static SummitHeader Header(string summitId, Scenario scenario, NegotiationRules rules, OutcomeAnalysis? analysis) =>
        new(summitId, scenario.Id, scenario.Title, rules.Seed, rules.MaxRounds, rules.Protocol,
            scenario.Issues.Select(i => new IssueInfo(i.Id, i.Title, i.Options.Select(o => o.Label).ToList())).ToList(),
            scenario.Countries.Select(c => new CountryInfo(c.Id, c.Name, c.Reservation)).ToList(),
            analysis?.Nash is { } nash ? new NashPoint(nash.Utilities, Items(scenario, nash.Package, null)) : null);

    /// <summary>The frame for <paramref name="round"/>, from the transcript up to and including it.</summary>
    public static RoundFrame Frame(string summitId, Scenario opening, OutcomeAnalysis? analysis,
        IReadOnlyList<TranscriptEvent> transcript, int round)
    {
        var upTo = transcript.Where(e => e.Round <= round).ToList();
        var scenario = EventEffects.ScenarioAfter(opening, upTo);
        var concluded = upTo.OfType<SummitConcluded>().LastOrDefault();
        var revised = upTo.OfType<DraftRevised>().LastOrDefault();
        var draft = concluded?.Agreement ?? revised?.Draft ?? upTo.OfType<SummitOpened>().First().Draft;
        var converged = revised?.Converged ?? [];

        var answers = upTo.OfType<CountryAnswered>().GroupBy(a => a.Move.Country)
            .ToDictionary(g => g.Key, g => g.Last().Move, StringComparer.Ordinal);
        var countries = scenario.Countries.Select(c =>
        {
            answers.TryGetValue(c.Id, out var move);
            var commitments = scenario.Issues.Select((issue, i) => (IReadOnlyList<string>)(move is null || i >= move.Commitments.Length
                ? []
                : move.Commitments[i].Members().Where(o => o < issue.Options.Length).Select(o => issue.Options[o].Label).ToList())).ToList();
            return new CountryFrame(c.Id, c.Name, Utility.Of(c, draft), c.Reservation,
                move is not null && move.Round == round && move.Accepts, commitments);
        }).ToList();

        var events = transcript.Where(e => e.Round == round)
            .Select(e => EventText.Describe(scenario, e)).OfType<LiveEvent>().ToList();
        var status = concluded is null ? "running" : RunOutcome.StatusName(concluded.Status);
        // After an event the table's preferences differ, and so does its Nash point.
        var current = ReferenceEquals(scenario, opening) ? analysis : AnalysisCache.Shared.For(scenario);
        return new RoundFrame(summitId, round, status, Items(scenario, draft, converged), countries,
            NashDistance(scenario, current, draft), events, concluded is null ? null : Pact(scenario, concluded));
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

    private static PactFrame Pact(Scenario scenario, SummitConcluded concluded)
    {
        var items = Items(scenario, concluded.Agreement, null);
        return new PactFrame(RunOutcome.StatusName(concluded.Status),
            items.Where(i => i.Option is not null).ToList(),
            items.Where(i => i.Option is null).Select(i => i.Title).ToList(),
            scenario.Countries.Select((c, i) => (c.Id, U: i < concluded.Utilities.Length ? concluded.Utilities[i] : Utility.Of(c, concluded.Agreement)))
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
