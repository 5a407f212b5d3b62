namespace TechPact.Negotiation.Experiments.Sweeps;

/// <summary>How often each option of one issue ended up in the pact (partial pacts included).</summary>
/// <param name="Adopted">Per option, in ladder order: the number of runs whose pact chose it.</param>
/// <param name="Open">Runs that left the issue open.</param>
public sealed record IssueAdoption(int Issue, ImmutableArray<int> Adopted, int Open);

/// <summary>Everything a sweep found, aggregated in run-index order.</summary>
/// <param name="Utilities">Per baseline country, the distribution of its (unperturbed) utility of the pact.</param>
/// <param name="Rounds">Rounds played, every run.</param>
/// <param name="RoundsToAgreement">Rounds played, runs that reached full agreement only.</param>
public sealed record SweepResult(
    int Runs,
    int Agreements,
    int Partials,
    int NoAgreements,
    ImmutableArray<IssueAdoption> Adoption,
    ImmutableArray<Distribution> Utilities,
    Distribution Rounds,
    Distribution RoundsToAgreement,
    ImmutableArray<DimensionSensitivity> Sensitivity)
{
    public double AgreementRate => Runs == 0 ? 0 : Agreements / (double)Runs;

    /// <param name="runs">Indexed by run; any order of completion gives the same list.</param>
    public static SweepResult Aggregate(IExperimentPlan plan, IReadOnlyList<RunSummary> runs)
    {
        var scenario = plan.Baseline;
        var ordered = runs.OrderBy(r => r.Index).ToArray();
        var adoption = scenario.Issues.Select((issue, i) =>
        {
            var adopted = new int[issue.Options.Length];
            var open = 0;
            foreach (var run in ordered)
                if (run.Agreement[i] == Package.Open) open++;
                else adopted[run.Agreement[i]]++;
            return new IssueAdoption(i, [.. adopted], open);
        }).ToImmutableArray();
        var utilities = scenario.Countries.Select((_, c) => Distribution.Of(ordered.Select(r => r.Utilities[c]).ToArray())).ToImmutableArray();
        var sensitivity = plan is SweepPlan
            ? Sweeps.Sensitivity.Of(scenario, ordered.Select(r => plan.Run(r.Index)).ToArray(), ordered)
            : [];
        return new SweepResult(ordered.Length,
            ordered.Count(r => r.Status == SummitStatus.Agreement),
            ordered.Count(r => r.Status == SummitStatus.Partial),
            ordered.Count(r => r.Status == SummitStatus.NoAgreement),
            adoption, utilities,
            Distribution.Of(ordered.Select(r => (double)r.Rounds).ToArray()),
            Distribution.Of(ordered.Where(r => r.Status == SummitStatus.Agreement).Select(r => (double)r.Rounds).ToArray()),
            sensitivity);
    }
}
