namespace TechPact.Negotiation.Experiments.Tournaments;

/// <summary>One strategy's record over a tournament, counted per seat: a run in which it plays
/// two countries counts twice.</summary>
/// <param name="MeanUtility">Mean utility of the pact to the countries it played.</param>
/// <param name="MeanSurplus">Mean of that utility less the country's reservation.</param>
/// <param name="AgreementRate">Share of its seats whose run reached full agreement.</param>
public sealed record StrategyStanding(int Rank, string Strategy, int Seats, double MeanUtility, double MeanSurplus, double AgreementRate);

public static class TournamentStandings
{
    /// <summary>Ranked by mean utility, then agreement rate, then name (so ties are reproducible).</summary>
    public static ImmutableArray<StrategyStanding> Of(TournamentPlan plan, IReadOnlyList<RunSummary> runs)
    {
        var k = plan.Strategies.Length;
        var seats = new int[k];
        var utility = new double[k];
        var surplus = new double[k];
        var agreed = new int[k];
        foreach (var run in runs.OrderBy(r => r.Index))
        {
            var assignment = plan.AssignmentOfRun(run.Index);
            for (var c = 0; c < assignment.Length; c++)
            {
                var s = assignment[c];
                seats[s]++;
                utility[s] += run.Utilities[c];
                surplus[s] += run.Utilities[c] - plan.Baseline.Countries[c].Reservation;
                if (run.Status == SummitStatus.Agreement) agreed[s]++;
            }
        }
        return [.. Enumerable.Range(0, k)
            .Select(s => (Name: plan.Strategies[s].Name, Seats: seats[s],
                Utility: seats[s] == 0 ? 0 : utility[s] / seats[s], Surplus: seats[s] == 0 ? 0 : surplus[s] / seats[s],
                Rate: seats[s] == 0 ? 0 : agreed[s] / (double)seats[s]))
            .OrderByDescending(x => x.Utility).ThenByDescending(x => x.Rate).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select((x, rank) => new StrategyStanding(rank + 1, x.Name, x.Seats, x.Utility, x.Surplus, x.Rate))];
    }
}
