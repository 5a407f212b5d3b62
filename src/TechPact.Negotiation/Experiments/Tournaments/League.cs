namespace TechPact.Negotiation.Experiments.Tournaments;

/// <summary>One entrant of a league: a built-in strategy, or an agent program (its command line).</summary>
public sealed record Entrant(string Name, StrategySpec? Strategy, string? Command)
{
    public static Entrant BuiltIn(StrategySpec strategy) => new(strategy.Name, strategy, null);

    public static Entrant Agent(string command) => new(command, null, command);

    public bool IsAgent => Command is not null;
}

/// <summary>One run of a league: the scenario with the built-in entrants' strategies in place, and
/// the seats agent entrants play (an agent's country keeps the scenario's strategy: the AI that plays
/// the seat for a round the agent fails).</summary>
/// <param name="Assignment">Per country of the scenario, the index of the entrant that plays it.</param>
/// <param name="AgentSeats">Country id → the agent's command, for the countries agents play.</param>
public sealed record LeagueRun(int Index, int ScenarioIndex, int Repetition, Scenario Scenario, NegotiationRules Rules,
    ImmutableArray<int> Assignment, ImmutableDictionary<string, string> AgentSeats);

/// <summary>A league in the manner of the ANAC competitions: on every scenario, every assignment of the
/// k entrants to the n countries (k^n of them, so every entrant plays every role against every
/// combination of the others), each played <see cref="Repetitions"/> times.</summary>
/// <remarks>Within a scenario, repetition r uses the same negotiation seed for every assignment (common
/// random numbers), so two assignments differ only in who plays what. Run indices go scenario by
/// scenario; inside one, index = assignment × repetitions + repetition, and assignment a gives country
/// c the entrant at base-k digit c of a (country 0 the most significant). A pure function of the
/// plan: runs may be played in any order, on any grain.</remarks>
public sealed record LeaguePlan(ImmutableArray<Scenario> Scenarios, ImmutableArray<Entrant> Entrants, int Repetitions, long Seed, int? MaxRounds = null)
{
    /// <returns>The number of runs, or null when it passes <see cref="TournamentPlan.MaxRuns"/>.</returns>
    public static long? RunCount(int entrants, IEnumerable<Scenario> scenarios, int repetitions)
    {
        long total = 0;
        foreach (var scenario in scenarios)
        {
            if (TournamentPlan.AssignmentCount(entrants, scenario.Countries.Length) is not { } count) return null;
            total += count * repetitions;
            if (total > TournamentPlan.MaxRuns) return null;
        }
        return total;
    }

    public int Runs => checked((int)(RunCount(Entrants.Length, Scenarios, Repetitions) ?? throw new InvalidOperationException("Too many runs.")));

    public int RunsOf(int scenario) => (int)TournamentPlan.AssignmentCount(Entrants.Length, Scenarios[scenario].Countries.Length)!.Value * Repetitions;

    public LeagueRun Run(int index)
    {
        if (index < 0 || index >= Runs) throw new ArgumentOutOfRangeException(nameof(index));
        var s = 0;
        while (index >= RunsOf(s)) index -= RunsOf(s++);
        var global = Enumerable.Range(0, s).Sum(RunsOf) + index;
        var scenario = Scenarios[s];
        var repetition = index % Repetitions;
        var assignment = Assignment(scenario.Countries.Length, index / Repetitions);
        var runSeed = (long)(DeterministicRandom.For(Seed, "league:" + scenario.Id, repetition).NextUInt64() >> 33);
        var countries = scenario.Countries.Select((c, i) => Entrants[assignment[i]].Strategy is { } strategy ? c with { Strategy = strategy } : c)
            .ToImmutableArray();
        var agents = scenario.Countries.Select((c, i) => (c.Id, Entrants[assignment[i]].Command))
            .Where(x => x.Command is not null).ToImmutableDictionary(x => x.Id, x => x.Command!);
        var rules = scenario.RulesWith(runSeed, MaxRounds);
        return new LeagueRun(global, s, repetition, scenario with { Countries = countries, Rules = rules }, rules, assignment, agents);
    }

    private ImmutableArray<int> Assignment(int countries, long assignment)
    {
        var digits = new int[countries];
        for (var c = countries - 1; c >= 0; c--)
        {
            digits[c] = (int)(assignment % Entrants.Length);
            assignment /= Entrants.Length;
        }
        return [.. digits];
    }
}
