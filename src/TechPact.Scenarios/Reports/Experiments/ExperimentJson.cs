using TechPact.Negotiation.Experiments.Perturbations;

namespace TechPact.Scenarios.Reports.Experiments;

/// <summary>sweep.json and tournament.json (<see cref="SweepDocument"/>, <see cref="TournamentDocument"/>):
/// keys in a fixed order, doubles in shortest round-trip form, nothing about how the runs were scheduled
/// (no parallelism, no timings), so the same runs and seed give the same bytes.</summary>
public static class ExperimentJson
{
    public static string Sweep(SweepPlan plan, SweepResult result) => ReportJson.File(new SweepDocument(Outcomes(plan.Baseline, result))
    {
        Scenario = plan.Baseline.Id,
        Runs = plan.Runs,
        Seed = plan.Seed,
        MaxRounds = plan.MaxRounds ?? plan.Baseline.Rules.MaxRounds,
        Vary = new(plan.Vary.Dimensions.Select(d => KeyValuePair.Create(VarySpec.NameOf(d.Dimension), d.Amount))),
        Sensitivity = [.. result.Sensitivity.Select(s => new SensitivityJson(VarySpec.NameOf(s.Dimension), s.Parameters, s.Explained,
            s.Agreement, s.Strongest, s.StrongestOutcome, s.StrongestCorrelation))],
        MostInfluential = result.Sensitivity.IsEmpty ? null : VarySpec.NameOf(result.Sensitivity[0].Dimension),
    }, ReportJson.Contract.SweepDocument);

    public static string Tournament(TournamentPlan plan, SweepResult result, IReadOnlyList<StrategyStanding> standings) =>
        ReportJson.File(new TournamentDocument(Outcomes(plan.Baseline, result))
        {
            Scenario = plan.Baseline.Id,
            Strategies = [.. plan.Strategies.Select(s => s.Name)],
            Assignments = plan.Assignments,
            Repetitions = plan.Repetitions,
            Runs = plan.Runs,
            Seed = plan.Seed,
            MaxRounds = plan.MaxRounds ?? plan.Baseline.Rules.MaxRounds,
            Standings = [.. standings],
        }, ReportJson.Contract.TournamentDocument);

    private static ExperimentOutcomes Outcomes(Scenario scenario, SweepResult result) =>
        new(new StatusCounts(result.Agreements, result.Partials, result.NoAgreements), result.AgreementRate, Adoption(scenario, result),
            Utilities(scenario, result), result.Rounds, result.RoundsToAgreement);

    private static OrderedDictionary<string, OrderedDictionary<string, double>> Adoption(Scenario scenario, SweepResult result)
    {
        var adoption = new OrderedDictionary<string, OrderedDictionary<string, double>>();
        foreach (var a in result.Adoption)
        {
            var issue = scenario.Issues[a.Issue];
            var rates = new OrderedDictionary<string, double>();
            for (var o = 0; o < issue.Options.Length; o++) rates.Add(issue.Options[o].Id, Rate(a.Adopted[o], result.Runs));
            rates.Add("(open)", Rate(a.Open, result.Runs));
            adoption.Add(issue.Id, rates);
        }
        return adoption;
    }

    private static OrderedDictionary<string, Distribution> Utilities(Scenario scenario, SweepResult result) =>
        new(scenario.Countries.Select((c, i) => KeyValuePair.Create(c.Id, result.Utilities[i])));

    private static double Rate(int count, int runs) => runs == 0 ? 0 : count / (double)runs;
}
