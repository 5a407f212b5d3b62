namespace TechPact.Negotiation.Experiments.Tournaments;

/// <summary>How one league run ended.</summary>
public sealed record LeagueResult(int Index, SummitStatus Status, int Rounds, Package Agreement);

/// <summary>One entrant's record over a league, counted per seat (a run in which it plays two countries counts twice).</summary>
/// <param name="MeanUtility">Mean utility of the pact to the countries it played, by each scenario's own (unperturbed) preferences.</param>
/// <param name="MeanMargin">Mean of that utility less the country's reservation (negative: it would have done better walking away).</param>
/// <param name="AgreementRate">Share of its seats whose run reached full agreement.</param>
/// <param name="MeanNashDistance">Mean Euclidean distance, in utility space, from its runs' outcome to the scenario's Nash
/// bargaining solution; over the runs whose scenario has one (<see cref="NashRuns"/>), null when none has.</param>
/// <param name="MeanWelfare">Mean social welfare (the sum of every country's utility) of its runs.</param>
public sealed record LeagueStanding(int Rank, string Entrant, int Seats, double MeanUtility, double MeanMargin, double AgreementRate,
    double? MeanNashDistance, int NashRuns, double MeanWelfare);

public static class Leaderboard
{
    /// <summary>The Nash point of each scenario as loaded (before any event fires), once per league.</summary>
    public static ImmutableArray<SolutionPoint?> NashPoints(LeaguePlan plan) =>
        [.. plan.Scenarios.Select(s => OutcomeAnalyzer.Analyze(s).Nash)];

    /// <summary>Ranked by mean utility, then agreement rate, then name (so ties are reproducible).</summary>
    public static ImmutableArray<LeagueStanding> Of(LeaguePlan plan, IReadOnlyList<LeagueResult> results, IReadOnlyList<SolutionPoint?> nash)
    {
        var k = plan.Entrants.Length;
        var seats = new int[k];
        var (utility, margin, welfare, distance) = (new double[k], new double[k], new double[k], new double[k]);
        var (agreed, nashRuns) = (new int[k], new int[k]);
        foreach (var result in results.OrderBy(r => r.Index))
        {
            var run = plan.Run(result.Index);
            var baseline = plan.Scenarios[run.ScenarioIndex];
            var utilities = baseline.Countries.Select(c => Utility.Of(c, result.Agreement)).ToArray();
            var point = nash[run.ScenarioIndex];
            double? gap = point is null ? null : Math.Sqrt(utilities.Select((u, c) => (u - point.Utilities[c]) * (u - point.Utilities[c])).Sum());
            for (var c = 0; c < run.Assignment.Length; c++)
            {
                var e = run.Assignment[c];
                seats[e]++;
                utility[e] += utilities[c];
                margin[e] += utilities[c] - baseline.Countries[c].Reservation;
                welfare[e] += utilities.Sum();
                if (result.Status == SummitStatus.Agreement) agreed[e]++;
                if (gap is { } g) { distance[e] += g; nashRuns[e]++; }
            }
        }
        double Mean(double total, int n) => n == 0 ? 0 : total / n;
        return [.. Enumerable.Range(0, k)
            .Select(e => new LeagueStanding(0, plan.Entrants[e].Name, seats[e], Mean(utility[e], seats[e]), Mean(margin[e], seats[e]),
                Mean(agreed[e], seats[e]), nashRuns[e] == 0 ? null : distance[e] / nashRuns[e], nashRuns[e], Mean(welfare[e], seats[e])))
            .OrderByDescending(s => s.MeanUtility).ThenByDescending(s => s.AgreementRate).ThenBy(s => s.Entrant, StringComparer.Ordinal)
            .Select((s, rank) => s with { Rank = rank + 1 })];
    }
}
