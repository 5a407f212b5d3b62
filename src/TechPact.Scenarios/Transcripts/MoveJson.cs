using System.Collections.Immutable;
using System.Text.Json;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading.Schema;

namespace TechPact.Scenarios.Transcripts;

/// <summary>Reads a country-answered line back into the <see cref="CountryMove"/> that wrote it:
/// option ids become option sets and indices again, numbers come back bit for bit.</summary>
internal static class MoveJson
{
    public static CountryMove Read(JsonLine line, Scenario scenario, IReadOnlyCollection<string> countries)
    {
        var root = line.Root;
        var country = line.String(root, "country");
        if (!countries.Contains(country))
            throw line.Error($"unknown country '{country}'{DidYouMean.HintAndKnown(country, countries)}");

        var commitments = line.Get(root, "commitments", JsonValueKind.Object);
        CheckIssueKeys(line, scenario, commitments, "commitments", everyIssue: true);
        var sets = scenario.Issues.Select((issue, i) =>
        {
            var set = OptionSet.Empty;
            foreach (var option in line.Get(commitments, issue.Id, JsonValueKind.Array).EnumerateArray())
                set = set.With(OptionIndex(line, issue, option));
            return set;
        }).ToImmutableArray();

        var amendmentsObject = line.Get(root, "amendments", JsonValueKind.Object);
        CheckIssueKeys(line, scenario, amendmentsObject, "amendments", everyIssue: false);
        var amendments = scenario.Issues.Select(issue =>
            amendmentsObject.TryGetProperty(issue.Id, out var option) ? OptionIndex(line, issue, option) : Package.Open).ToImmutableArray();

        return new CountryMove(country, line.Round, line.Bool(root, "accepts"), line.Double(root, "draftUtility"),
            line.Double(root, "aspiration"), sets, amendments, line.Int(root, "concessions", minimum: 0))
        {
            Risk = line.Double(root, "risk"),
            Proposal = root.TryGetProperty("proposal", out _) ? Proposal(line, scenario, line.Get(root, "proposal", JsonValueKind.Object)) : null,
        };
    }

    /// <summary>A proposal is a complete package: every issue, each with one of its options.</summary>
    private static Package Proposal(JsonLine line, Scenario scenario, JsonElement proposal)
    {
        CheckIssueKeys(line, scenario, proposal, "proposal", everyIssue: true);
        return new Package([.. scenario.Issues.Select(issue => OptionIndex(line, issue, line.Get(proposal, issue.Id, JsonValueKind.String)))]);
    }

    private static void CheckIssueKeys(JsonLine line, Scenario scenario, JsonElement obj, string what, bool everyIssue)
    {
        var known = scenario.Issues.Select(i => i.Id).ToList();
        foreach (var property in obj.EnumerateObject())
            if (!known.Contains(property.Name))
                throw line.Error($"{what}: unknown issue '{property.Name}'{DidYouMean.HintAndKnown(property.Name, known)}");
        if (everyIssue && known.FirstOrDefault(id => !obj.TryGetProperty(id, out _)) is { } missing)
            throw line.Error($"{what}: missing issue '{missing}'");
    }

    private static int OptionIndex(JsonLine line, Issue issue, JsonElement option)
    {
        var known = issue.Options.Select(o => o.Id).ToList();
        var id = option.ValueKind == JsonValueKind.String ? option.GetString()! : option.GetRawText();
        var index = option.ValueKind == JsonValueKind.String ? known.IndexOf(id) : -1;
        return index >= 0 ? index : throw line.Error($"unknown option '{id}' of issue '{issue.Id}'{DidYouMean.HintAndKnown(id, known)}");
    }
}
