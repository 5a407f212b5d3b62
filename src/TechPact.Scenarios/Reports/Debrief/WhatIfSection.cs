using System.Text;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>The debrief's counterfactuals: the run beside the same run without logrolling, and what each
/// country's strengths bought it (the teacher's question "did Korea's strength buy it anything?").</summary>
public static class WhatIfSection
{
    public static string Write(DebriefTable table)
    {
        var whatIf = new WhatIf(table.Transcript);
        var html = new StringBuilder("<h3>What if</h3>");
        if (whatIf.WhyNot is { } why) return html.Append($"<p class=\"note\">No counterfactual runs: {Html.Text(why)}.</p>").ToString();
        if (whatIf.WithoutLogrolling() is { } without) html.Append(Logrolling(table, without));
        html.Append(Strengths(table, whatIf.Strengths()));
        return html.ToString();
    }

    private static string Logrolling(DebriefTable table, Summit without)
    {
        var s = table.Final;
        var html = new StringBuilder("<h4>The same run without logrolling</h4>");
        html.Append("<p class=\"note\">Same scenario, same seed, the mediator brokering no trades. Each trade below was made because both " +
                    "traders gained on the mediator's next text; how the whole run ends is another matter, and this is it.</p>");
        html.Append("<table><tr><th>Country</th><th>This run</th><th>Without logrolling</th><th>Logrolling bought it</th></tr>");
        for (var c = 0; c < s.Countries.Length; c++)
        {
            var u = table.Utilities[c];
            var v = Negotiation.Preferences.Utility.Of(without.Scenario.Countries[c], without.Agreement);
            html.Append($"<tr><td>{Html.Text(s.Countries[c].Name)}</td><td>{Html.Num(u)}</td><td>{Html.Num(v)}</td>")
                .Append($"<td class=\"{(u - v >= 0 ? "good" : "bad")}\">{Html.Signed(u - v)}</td></tr>");
        }
        html.Append($"<tr><td>Outcome</td><td><small>{Html.Text(table.StatusText)}</small></td><td><small>{Html.Text(Status(without))}</small></td><td></td></tr></table>");
        var changed = s.Issues.Select((issue, i) => (issue, i)).Where(x => table.Agreement[x.i] != without.Agreement[x.i]).ToList();
        if (changed.Count > 0)
            html.Append("<p>Standards that differ: ").Append(string.Join("; ", changed.Select(x =>
                $"{Html.Text(x.issue.Title)}: {Label(x.issue, table.Agreement[x.i])} here, {Label(x.issue, without.Agreement[x.i])} without"))).Append(".</p>");
        var trades = table.Transcript.OfType<TradeAgreed>().ToList();
        if (trades.Count > 0)
            html.Append("<ul>").Append(string.Concat(trades.Select(t => $"<li>Round {t.Round}: {Html.Text(t.First.Giver)} and {Html.Text(t.Second.Giver)} traded; " +
                $"on the next text {string.Join(", ", t.Effects.Select((e, c) => $"{Html.Text(s.Countries[c].Id)} {Html.Signed(e)}"))}.</li>"))).Append("</ul>");
        return html.ToString();
    }

    private static string Strengths(DebriefTable table, IReadOnlyList<StrengthEffect> effects)
    {
        var html = new StringBuilder("<h4>What each country's strengths bought it</h4>");
        if (effects.Count == 0)
            return html.Append($"<p class=\"note\">Not computed for a table of more than {WhatIf.MaxCountriesForStrengths} countries ({2 * WhatIf.Seeds + 1} reruns each).</p>").ToString();
        html.Append($"<p class=\"note\">Each country rerun with its strengths capped at the table's average in every area (its leads taken away, " +
                    $"its weaknesses left as they are), everyone else unchanged: in this run, and on average over seeds 1–{WhatIf.Seeds} " +
                    "(one run can land on the same pact either way).</p>");
        html.Append($"<table><tr><th>Country</th><th>This run</th><th>Leads capped</th><th>Bought</th><th>Mean, seeds 1–{WhatIf.Seeds}</th><th>Leads capped</th><th>Bought</th><th>Standards its leads changed here</th></tr>");
        foreach (var e in effects)
            html.Append($"<tr><td>{Html.Text(e.Name)}</td><td>{Html.Num(e.Utility)}</td><td>{Html.Num(e.WithoutLeads)}</td><td class=\"{Class(e.Bought)}\">{Html.Signed(e.Bought)}</td>")
                .Append($"<td>{Html.Num(e.MeanUtility)}</td><td>{Html.Num(e.MeanWithoutLeads)}</td><td class=\"{Class(e.MeanBought)}\">{Html.Signed(e.MeanBought)}</td>")
                .Append($"<td>{(e.IssuesChanged.IsEmpty ? "none" : Html.Text(string.Join(", ", e.IssuesChanged)))}</td></tr>");
        html.Append("</table><ul>");
        foreach (var e in effects) html.Append($"<li>{Html.Text(Answer(e))}</li>");
        return html.Append("</ul>").ToString();
    }

    /// <summary>The question in words, answered from the numbers.</summary>
    public static string Answer(StrengthEffect e) =>
        $"{e.Name}: did its strength buy it anything? On average over seeds 1–{WhatIf.Seeds} its leads {Effect(e.MeanBought, "nothing")}; " +
        $"in this run they {Effect(e.Bought, e.IssuesChanged.IsEmpty ? "nothing (the same pact either way)" : "nothing in utility")}.";

    private static string Effect(double bought, string none) =>
        bought > 0.0005 ? $"bought it {Html.Num(bought)}" : bought < -0.0005 ? $"cost it {Html.Num(-bought)}" : $"bought it {none}";

    private static string Class(double v) => v >= 0 ? "good" : "bad";

    private static string Label(Negotiation.Outcomes.Issue issue, int option) =>
        option == Package.Open ? "<i>left open</i>" : Html.Text(issue.Options[option].Label);

    private static string Status(Summit s) => s.Status switch
    {
        SummitStatus.Agreement => $"Pact agreed in round {s.Round}",
        SummitStatus.Partial => $"Partial pact at the deadline (round {s.Round})",
        _ => $"No agreement (round {s.Round})",
    };
}
