using TechPact.Negotiation.Outcomes;

namespace TechPact.Host.Output;

/// <summary>The pact on the terminal: the agreed standards with their texts, the open items, and
/// each country's utility against its reservation.</summary>
public static class PactPanel
{
    public static void Show(IAnsiConsole console, Scenario scenario, RunOutcome outcome)
    {
        console.WriteLine();
        console.Write(new Rule($"Pact: {RunOutcome.StatusName(outcome.Status)} after {outcome.Rounds} round(s)").LeftJustified());
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            if (outcome.Agreement[i] == Package.Open) continue;
            var option = issue.Options[outcome.Agreement[i]];
            console.MarkupLine($"[bold]{TerminalText.Markup(issue.Title)}[/]: {TerminalText.Markup(option.Label)}");
            console.MarkupLine($"  {TerminalText.Markup(option.Standard.Trim())}");
        }
        var open = scenario.Issues.Where((_, i) => outcome.Agreement[i] == Package.Open).Select(issue => issue.Title).ToList();
        if (open.Count > 0) console.MarkupLine($"[yellow]Open items[/]: {TerminalText.Markup(string.Join("; ", open))}");

        var utilities = new Table().AddColumns("Country", "Utility", "Reservation");
        for (var c = 0; c < scenario.Countries.Length; c++)
        {
            var country = scenario.Countries[c];
            utilities.AddRow(TerminalText.Markup(country.Name), Number(outcome.Utilities[c]), Number(country.Reservation));
        }
        console.Write(utilities);
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
