namespace TechPact.Negotiation.Experiments;

/// <summary>How one run ended, as much as the aggregates need.</summary>
/// <param name="Utilities">Each baseline country's utility of the agreement, measured with the
/// <em>unperturbed</em> preferences, so every run is judged by the same yardstick.</param>
public sealed record RunSummary(int Index, long Seed, SummitStatus Status, int Rounds, ImmutableArray<int> Agreement,
    ImmutableArray<double> Utilities)
{
    public static RunSummary Of(PlannedRun run, Scenario baseline, SummitStatus status, int rounds, Package agreement) =>
        new(run.Index, run.Rules.Seed, status, rounds, agreement.Choices,
            [.. baseline.Countries.Select(c => Utility.Of(c, agreement))]);

    /// <summary>Plays the run with the pure engine, no Orleans: the reference for the grain-hosted run.</summary>
    public static RunSummary Play(PlannedRun run, Scenario baseline)
    {
        var summit = SummitRunner.Run(run.Scenario, run.Rules);
        return Of(run, baseline, summit.Status, summit.Round, summit.Agreement);
    }
}
