namespace TechPact.Scenarios.Writing;

/// <summary>A country's brief as the format writes it: an item of <c>countries</c>, or the body of a
/// party's <c>join</c> (in a scenario file, or in the JSON of a transcript's fork line).</summary>
/// <remarks>Profiles hold normalised weights and values, so those are what is written; loading
/// normalises them again, which leaves them as they are (up to the last bit of a weight sum).</remarks>
internal static class CountryBlock
{
    public static void Write(FormatWriter w, CountryProfile country, IReadOnlyList<Issue> issues)
    {
        w.StartMap();
        w.Field("id", country.Id).Field("name", country.Name);
        if (country.Strengths.Count > 0)
        {
            w.Key("strengths");
            w.FlowMap(country.Strengths.Select(s => (s.Key, s.Value)));
        }
        w.Key("priorities");
        w.FlowMap(issues.Select((issue, i) => (issue.Id, country.Weights[i])));
        w.Key("positions");
        w.StartMap();
        for (var i = 0; i < issues.Count; i++)
        {
            w.Key(issues[i].Id);
            w.FlowMap(issues[i].Options.Select((option, o) => (option.Id, country.Values[i][o])));
        }
        w.EndMap();
        RedLines(w, country, issues);
        w.Field("reservation", country.Reservation);
        if (country.Discount < 1) w.Field("discount", country.Discount);
        w.Key("strategy");
        Strategy(w, country.Strategy);
        w.EndMap();
    }

    private static void RedLines(FormatWriter w, CountryProfile country, IReadOnlyList<Issue> issues)
    {
        var lined = Enumerable.Range(0, issues.Count).Where(i => !country.RedLines[i].IsEmpty).ToList();
        if (lined.Count == 0) return;
        w.Key("red-lines");
        w.StartMap(flow: true);
        foreach (var i in lined)
        {
            w.Key(issues[i].Id);
            w.FlowList(country.RedLines[i].Members().Select(o => issues[i].Options[o].Id));
        }
        w.EndMap();
    }

    /// <summary>A catalogue strategy by its name; one with its parts set as <c>{ name, exponent, acceptance, opponent-model }</c>.</summary>
    private static void Strategy(FormatWriter w, StrategySpec strategy)
    {
        if (StrategyCatalog.TryGet(strategy.Name, out var standard) && standard == strategy)
        {
            w.Text(strategy.Name);
            return;
        }
        w.StartMap(flow: true);
        w.Field("name", strategy.Name).Field("exponent", strategy.Exponent);
        if (strategy.Acceptance != AcceptanceSpec.Next)
        {
            w.Key("acceptance");
            if (strategy.Acceptance.Time == AcceptanceSpec.DefaultTime) w.Text(strategy.Acceptance.Name);
            else
            {
                w.StartMap(flow: true);
                w.Field("name", strategy.Acceptance.Name).Field("time", strategy.Acceptance.Time);
                w.EndMap();
            }
        }
        if (strategy.OpponentModel != OpponentModels.Frequency) w.Field("opponent-model", strategy.OpponentModel);
        w.EndMap();
    }
}
