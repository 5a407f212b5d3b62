namespace TechPact.Scenarios.Reports.Experiments;

/// <summary>A league's tournament.json (<see cref="LeagueDocument"/>). Nothing about how the runs were
/// scheduled (parallelism, timings) is written, so the same entrants, scenarios and seed give the same
/// bytes whenever the agents themselves are deterministic.</summary>
public static class LeagueJson
{
    public static string Write(LeaguePlan plan, IReadOnlyList<LeagueResult> results, IReadOnlyList<LeagueStanding> standings) =>
        ReportJson.File(new LeagueDocument("league", plan.Seed, plan.Repetitions, [.. plan.Scenarios.Select(s => s.Id)],
            [.. plan.Entrants.Select(e => new EntrantJson(e.Name, e.IsAgent ? "agent" : "strategy", e.Command))], plan.Runs,
            [.. standings], [.. results.OrderBy(r => r.Index).Select(r => Run(plan, r))]), ReportJson.Contract.LeagueDocument);

    private static LeagueRunJson Run(LeaguePlan plan, LeagueResult result)
    {
        var run = plan.Run(result.Index);
        var seats = new OrderedDictionary<string, string>(run.Scenario.Countries.Select((c, i) =>
            KeyValuePair.Create(c.Id, plan.Entrants[run.Assignment[i]].Name)));
        var utilities = new OrderedDictionary<string, double>(plan.Scenarios[run.ScenarioIndex].Countries.Select(c =>
            KeyValuePair.Create(c.Id, Negotiation.Preferences.Utility.Of(c, result.Agreement))));
        return new LeagueRunJson(result.Index, run.Scenario.Id, run.Rules.Seed, seats, RunOutcome.StatusName(result.Status), result.Rounds, utilities);
    }
}
