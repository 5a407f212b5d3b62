using System.Collections.Immutable;
using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Tournaments;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Global;

namespace TechPact.Negotiation.Tests.Experiments;

public sealed class TournamentPlanTests
{
    private static ImmutableArray<StrategySpec> Strategies(params string[] names) =>
        [.. names.Select(n => StrategyCatalog.TryGet(n, out var s) ? s : throw new ArgumentException(n))];

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void Every_assignment_is_played_once_per_repetition(int k, int repetitions)
    {
        var scenario = GlobalSummitGenerator.Generate(countries: 3, maxRounds: 12);
        var plan = new TournamentPlan(scenario, Strategies([.. new[] { "boulware", "conceder", "zeuthen", "linear" }.Take(k)]), repetitions, 9);
        var n = scenario.Countries.Length;
        Assert.Equal((long)Math.Pow(k, n), plan.Assignments);
        Assert.Equal((int)Math.Pow(k, n) * repetitions, plan.Runs);
        var played = Enumerable.Range(0, plan.Runs).Select(plan.Run).ToArray();
        var distinct = played.Select(r => string.Join(",", r.Scenario.Countries.Select(c => c.Strategy.Name))).Distinct().Count();
        Assert.Equal((int)Math.Pow(k, n), distinct);
        // Common random numbers: one seed per repetition, shared by every assignment.
        Assert.Equal(repetitions, played.Select(r => r.Rules.Seed).Distinct().Count());
    }

    [Fact]
    public void Too_big_a_tournament_is_refused_before_it_starts()
    {
        Assert.Null(TournamentPlan.AssignmentCount(3, 193));
        Assert.Equal(729, TournamentPlan.AssignmentCount(3, 6));
    }

    [Fact]
    public void Standings_count_every_seat_and_rank_by_mean_utility()
    {
        var scenario = GlobalSummitGenerator.Generate(countries: 3, maxRounds: 12);
        var plan = new TournamentPlan(scenario, Strategies("boulware", "conceder"), 2, 4);
        var runs = Enumerable.Range(0, plan.Runs).Select(i => RunSummary.Play(plan.Run(i), plan.Baseline)).ToArray();
        var standings = TournamentStandings.Of(plan, runs);
        Assert.Equal(2, standings.Length);
        Assert.Equal(plan.Runs * scenario.Countries.Length, standings.Sum(s => s.Seats));
        Assert.True(standings[0].MeanUtility >= standings[1].MeanUtility);
        Assert.Equal([1, 2], standings.Select(s => s.Rank));
    }
}
