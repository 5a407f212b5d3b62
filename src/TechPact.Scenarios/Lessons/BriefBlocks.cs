using static TechPact.Scenarios.Lessons.LessonMaterial;

namespace TechPact.Scenarios.Lessons;

/// <summary>The generated parts of a country's confidential brief.</summary>
internal static class BriefBlocks
{
    public static string StandIn(Scenario scenario, int c) =>
        $"Your AI stand-in plays {Strategy(scenario.Countries[c].Strategy)}.";

    public static string Strengths(Scenario scenario, int c) =>
        string.Join(" · ", scenario.Countries[c].Strengths.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {Short(s.Value)}"));

    public static string Positions(Scenario scenario, int c)
    {
        var country = scenario.Countries[c];
        var text = new StringBuilder()
            .Line("| Issue | Weight | Value of each option (most closed → most open) |")
            .Line("| --- | --- | --- |");
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            var options = issue.Options.Select((option, o) => country.RedLines[i].Contains(o)
                ? $"~~{option.Label}~~ (red line)"
                : $"{option.Label} {Number(country.Values[i][o])}");
            text.Line($"| {issue.Title} | {Percent(country.Weights[i])} | {string.Join("; ", options)} |");
        }
        return text.ToString();
    }

    public static string Reservation(Scenario scenario, int c)
    {
        var country = scenario.Countries[c];
        var text = new StringBuilder().Line($"**{Short(country.Reservation)}**: a pact that scores less than this is worse for you than no pact at all. Never agree below it.");
        if (country.Discount < 1)
            text.Line("").Line($"Time costs you: a pact reached at round *t* of {scenario.Rules.MaxRounds} is worth your score × {Short(country.Discount)}^(*t*/{scenario.Rules.MaxRounds}) to you.");
        foreach (var evt in scenario.Events)
        {
            var effects = evt.Effects.Select(e => Describe(scenario, country.Id, e)).OfType<string>().ToList();
            if (effects.Count == 0) continue;
            text.Line("").Line($"If {Lower(evt.Title)} (the scenario's round-{evt.Round} event), {List(effects)}.");
        }
        return text.ToString();
    }

    private static string? Describe(Scenario scenario, string country, EventEffect effect) => effect switch
    {
        PriorityChange p when p.Country == country => $"{scenario.Issues[p.Issue].Title.ToLowerInvariant()} becomes {Percent(p.Weight)} of your concerns (the other issues shrink in proportion)",
        ReservationChange r when r.Country == country => $"your reservation becomes **{Short(r.Reservation)}**",
        StrengthChange s when s.Country == country => $"your strength in {s.Area} becomes {Short(s.Strength)}",
        RedLineAdded a when a.Country == country => $"you add a red line: {scenario.Issues[a.Issue].Options[a.Option].Label} on {scenario.Issues[a.Issue].Title.ToLowerInvariant()}",
        RedLineLifted l when l.Country == country => $"you lift your red line on {scenario.Issues[l.Issue].Options[l.Option].Label}",
        _ => null,
    };

    private static string Strategy(StrategySpec spec)
    {
        var known = StrategyCatalogWords.TryGetValue(spec.Name, out var words) ? words : ($"**{spec.Name}**", "");
        var mild = spec.Name == "conceder" && spec.Exponent < Negotiation.Negotiators.StrategySpec.Conceder.Exponent ? "a mild " : "";
        var boulware = spec.Name == "boulware" && spec.Exponent != Negotiation.Negotiators.StrategySpec.Boulware.Exponent ? $" (e = {Short(spec.Exponent)})" : "";
        return $"{mild}{known.Item1}{boulware}{known.Item2}";
    }

    private static readonly Dictionary<string, (string, string)> StrategyCatalogWords = new(StringComparer.Ordinal)
    {
        ["boulware"] = ("**Boulware**", ": it holds firm and concedes late"),
        ["linear"] = ("**Linear**", ": it concedes at a steady pace"),
        ["conceder"] = ("**Conceder**", ": it settles early"),
        ["tit-for-tat"] = ("**tit-for-tat**", ": it concedes as much as the others concede to it"),
        ["zeuthen"] = ("**Zeuthen**", ": it gives way when it has the least to lose"),
        ["hardliner"] = ("**hardliner**", ": it never concedes"),
    };

    private static string Lower(string title) => title.Length == 0 ? title : char.ToLowerInvariant(title[0]) + title[1..];
}
