using TechPact.Scenarios.Reports.Debrief;
using static TechPact.Scenarios.Lessons.LessonMaterial;

namespace TechPact.Scenarios.Lessons;

/// <summary>The generated parts of a teacher's guide.</summary>
internal static class GuideBlocks
{
    /// <summary>Strengths from this level up count as a lead.</summary>
    public const double Lead = 0.85;

    public static string Glance(Scenario scenario)
    {
        var countries = scenario.Countries;
        var text = new StringBuilder()
            .Line("| | " + string.Join(" | ", countries.Select(c => c.Name)) + " |")
            .Line("| --- |" + string.Concat(countries.Select(_ => " --- |")));
        text.Line("| leads on (≥ " + Short(Lead) + ") | " + string.Join(" | ", countries.Select(c =>
            string.Join(", ", c.Strengths.Where(s => s.Value >= Lead).OrderByDescending(s => s.Value).Select(s => $"{s.Key} {Short(s.Value)}")) is { Length: > 0 } leads ? leads : "—")) + " |");
        text.Line("| top priorities | " + string.Join(" | ", countries.Select(c => TopPriorities(scenario, c.Weights))) + " |");
        text.Line("| reservation | " + string.Join(" | ", countries.Select(c => Reservation(scenario, c.Id, c.Reservation))) + " |");
        text.Line("| red lines | " + string.Join(" | ", countries.Select(c => RedLines(scenario, c))) + " |");
        text.Line("| AI stand-in | " + string.Join(" | ", countries.Select(c => c.Strategy.Name)) + " |");
        return text.ToString();
    }

    public static string Describe(Benchmark b)
    {
        var run = b.Run;
        var scenario = run.Scenario;
        var utilities = b.Utilities;
        var text = new StringBuilder();
        var outcome = run.Status switch
        {
            SummitStatus.Agreement => $"agrees in round {run.Round} on",
            SummitStatus.Partial => $"reaches only a partial pact at the deadline (round {run.Round}):",
            _ => $"reaches no agreement by round {run.Round}; its last text was",
        };
        text.Line($"Run by the AI alone (`techpact run scenarios/{scenario.Id}.yaml`, seed {scenario.Rules.Seed}) the table {outcome} " +
                  $"{Benchmark.Pact(run)}.");
        text.Line("").Line("Utilities: " + string.Join(", ", scenario.Countries.Select((c, i) => $"{c.Name} {Three(utilities[i])} (reservation {Short(c.Reservation)})")) +
                  $"; {scenario.Countries[Array.IndexOf([.. utilities], utilities.Min())].Name} gains least.");
        foreach (var trade in run.Transcript.OfType<TradeAgreed>())
            text.Line("").Line($"In round {trade.Round} the mediator brokers a trade: {trade.First.Giver} takes up {trade.Second.Giver}'s ask on " +
                               $"{Title(scenario, trade.First.Issue)} and {trade.Second.Giver} takes up {trade.First.Giver}'s on {Title(scenario, trade.Second.Issue)}; " +
                               "on the mediator's next text " + string.Join(", ", scenario.Countries.Select((c, i) => $"{c.Id} {Signed(trade.Effects[i])}")) + ".");
        text.Line("").Line($"Other seeds give other pacts (seeds 1–{b.SeedsTried}, AI alone):");
        text.Line("");
        var own = Benchmark.Pact(run);
        foreach (var (pact, seeds) in b.Distribution) text.Line($"- {seeds} × {pact}{(pact == own ? " (this run's pact)" : "")}");
        return text.ToString();
    }

    public static string StrengthAnswers(Benchmark b) => b.Strengths.Count == 0
        ? "(not computed for a table this large)"
        : string.Join("\n", b.Strengths.Select(e => "- " + WhatIfSection.Answer(e)));

    private static string TopPriorities(Scenario scenario, IReadOnlyList<double> weights)
    {
        var levels = weights.Select(w => Math.Round(w, 2)).Distinct().OrderByDescending(w => w).ToList();
        // The top level alone when it already names several issues, else the top two.
        levels = levels.Take(weights.Count(w => Math.Round(w, 2) == levels[0]) > 1 ? 1 : 2).ToList();
        return string.Join(", ", levels.Select(level =>
        {
            var issues = scenario.Issues.Where((_, i) => Math.Round(weights[i], 2) == level).Select(i => i.Title).ToList();
            return $"{List(issues)} ({Percent(level)}{(issues.Count > 1 ? " each" : "")})";
        }));
    }

    private static string Reservation(Scenario scenario, string country, double reservation)
    {
        var later = scenario.Events.SelectMany(e => e.Effects.OfType<ReservationChange>().Where(r => r.Country == country).Select(r => (e.Round, r.Reservation))).ToList();
        return Short(reservation) + string.Concat(later.Select(l => $" → {Short(l.Reservation)} in round {l.Round}"));
    }

    private static string RedLines(Scenario scenario, Negotiation.Preferences.CountryProfile c)
    {
        var lines = scenario.Issues.SelectMany((issue, i) => c.RedLines[i].Members().Select(o => $"{issue.Options[o].Label} ({issue.Title.ToLowerInvariant()})")).ToList();
        return lines.Count == 0 ? "—" : string.Join("; ", lines);
    }

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Three(Math.Abs(v));

    private static string Three(double v) => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Title(Scenario scenario, string issue) => scenario.Issues.First(i => i.Id == issue).Title.ToLowerInvariant();
}
