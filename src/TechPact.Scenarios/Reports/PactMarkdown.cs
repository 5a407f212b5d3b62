namespace TechPact.Scenarios.Reports;

/// <summary>pact.md: the agreed standards issue by issue with their texts, the open items, and
/// where each country ended against its reservation.</summary>
public static class PactMarkdown
{
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript) =>
        Write(scenario, RunOutcome.FromTranscript(transcript));

    public static string Write(Scenario scenario, RunOutcome outcome)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(scenario.Title).Append("\n\n");
        md.Append("Status: **").Append(RunOutcome.StatusName(outcome.Status)).Append("** after ")
            .Append(outcome.Rounds.ToString(CultureInfo.InvariantCulture)).Append(outcome.Rounds == 1 ? " round" : " rounds")
            .Append(" (scenario `").Append(outcome.ScenarioId).Append("`, seed ")
            .Append(outcome.Seed.ToString(CultureInfo.InvariantCulture)).Append(").\n\n");

        md.Append("## Agreed standards\n\n");
        var agreed = Enumerable.Range(0, scenario.Issues.Length).Where(i => outcome.Agreement[i] != Package.Open).ToList();
        if (agreed.Count == 0) md.Append("None.\n\n");
        foreach (var i in agreed)
        {
            var issue = scenario.Issues[i];
            var option = issue.Options[outcome.Agreement[i]];
            md.Append("### ").Append(issue.Title).Append(": ").Append(option.Label).Append("\n\n");
            md.Append(option.Standard.Trim()).Append("\n\n");
        }

        var open = Enumerable.Range(0, scenario.Issues.Length).Where(i => outcome.Agreement[i] == Package.Open).ToList();
        md.Append("## Open items\n\n");
        if (open.Count == 0) md.Append("None.\n");
        foreach (var i in open)
        {
            md.Append("- ").Append(scenario.Issues[i].Title);
            if (outcome.Clubs.FirstOrDefault(c => c.Issue == i) is { } club)
                md.Append(" — standards club on *").Append(scenario.Issues[i].Options[club.Option].Label).Append("*: ")
                    .Append(string.Join(", ", club.Members.Select(m => scenario.Countries[m].Id)))
                    .Append(" (open to accession)");
            md.Append('\n');
        }

        // With discounting, both the pact and the reservation are worth d^t of themselves by round t.
        var discounted = outcome.DiscountedUtilities(scenario);
        md.Append("\n## Countries\n\n| Country | Utility | ").Append(discounted is null ? "" : "Discounted | ")
            .Append("Reservation | Above reservation |\n| --- | ---: | ").Append(discounted is null ? "" : "---: | ").Append("---: | --- |\n");
        for (var c = 0; c < scenario.Countries.Length; c++)
        {
            var country = scenario.Countries[c];
            var utility = outcome.Utilities[c];
            md.Append("| ").Append(country.Name).Append(" (").Append(country.Id).Append(')');
            if (outcome.Departed.TryGetValue(country.Id, out var left))
                md.Append(", left in round ").Append(left.ToString(CultureInfo.InvariantCulture));
            md.Append(" | ").Append(Number(utility)).Append(" | ");
            if (discounted is { } d) md.Append(Number(d[c])).Append(" | ");
            md.Append(Number(country.Reservation)).Append(" | ").Append(utility > country.Reservation ? "yes" : "no").Append(" |\n");
        }
        return md.ToString();
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
