namespace TechPact.Scenarios.Transcripts;

/// <summary>Reads a country-answered line back into the <see cref="CountryMove"/> that wrote it:
/// option ids become option sets and indices again, numbers come back bit for bit.</summary>
internal static class MoveJson
{
    public static CountryMove Read(JsonLine line, CountryAnsweredLine answer, Scenario scenario, IReadOnlyCollection<string> countries)
    {
        if (!countries.Contains(answer.Country))
            throw line.Error($"unknown country '{answer.Country}'{DidYouMean.HintAndKnown(answer.Country, countries)}");

        CheckIssueKeys(line, scenario, answer.Commitments.Keys, "commitments", everyIssue: true);
        var sets = scenario.Issues.Select(issue =>
            answer.Commitments[issue.Id].Aggregate(OptionSet.Empty, (set, option) => set.With(OptionIndex(line, issue, option)))).ToImmutableArray();

        CheckIssueKeys(line, scenario, answer.Amendments.Keys, "amendments", everyIssue: false);
        var amendments = scenario.Issues.Select(issue =>
            answer.Amendments.TryGetValue(issue.Id, out var option) ? OptionIndex(line, issue, option) : Package.Open).ToImmutableArray();

        return new CountryMove(answer.Country, answer.Round, answer.Accepts, line.Finite(answer.DraftUtility, "draftUtility"),
            line.Finite(answer.Aspiration, "aspiration"), sets, amendments, line.AtLeast(answer.Concessions, 0, "concessions"))
        {
            Risk = line.Finite(answer.Risk, "risk"),
            Proposal = answer.Proposal is { } proposal ? Proposal(line, scenario, proposal) : null,
        };
    }

    /// <summary>A proposal is a complete package: every issue, each with one of its options.</summary>
    private static Package Proposal(JsonLine line, Scenario scenario, OrderedDictionary<string, string?> proposal)
    {
        CheckIssueKeys(line, scenario, proposal.Keys, "proposal", everyIssue: true);
        return new Package([.. scenario.Issues.Select(issue => proposal[issue.Id] is { } option
            ? OptionIndex(line, issue, option)
            : throw line.Error($"proposal: issue '{issue.Id}' has no option; a proposal names one for every issue"))]);
    }

    private static void CheckIssueKeys(JsonLine line, Scenario scenario, IEnumerable<string> keys, string what, bool everyIssue)
    {
        var known = scenario.Issues.Select(i => i.Id).ToList();
        var given = keys.ToList();
        if (given.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            throw line.Error($"{what}: unknown issue '{unknown}'{DidYouMean.HintAndKnown(unknown, known)}");
        if (everyIssue && known.FirstOrDefault(id => !given.Contains(id)) is { } missing)
            throw line.Error($"{what}: missing issue '{missing}'");
    }

    private static int OptionIndex(JsonLine line, Issue issue, string id)
    {
        var known = issue.Options.Select(o => o.Id).ToList();
        var index = known.IndexOf(id);
        return index >= 0 ? index : throw line.Error($"unknown option '{id}' of issue '{issue.Id}'{DidYouMean.HintAndKnown(id, known)}");
    }
}
