namespace TechPact.Negotiation.Experiments.Tournaments;

/// <summary>A round-robin of strategies: every assignment of the k strategies to the n countries
/// (k^n of them), each played <see cref="Repetitions"/> times.</summary>
/// <remarks>Repetition r uses the same negotiation seed for every assignment (common random
/// numbers), so two assignments differ only in who plays what. Run index = assignment ×
/// repetitions + repetition; assignment a gives country c the strategy at base-k digit c of a
/// (country 0 the most significant).</remarks>
public sealed record TournamentPlan(Scenario Baseline, ImmutableArray<StrategySpec> Strategies, int Repetitions, long Seed,
    int? MaxRounds = null) : IExperimentPlan
{
    /// <summary>A tournament bigger than this is refused: it would not finish.</summary>
    public const long MaxRuns = 1_000_000;

    /// <summary>k^n, or null when it passes <see cref="MaxRuns"/>.</summary>
    public static long? AssignmentCount(int strategies, int countries)
    {
        long count = 1;
        for (var c = 0; c < countries; c++)
        {
            count *= strategies;
            if (count > MaxRuns) return null;
        }
        return count;
    }

    public long Assignments => AssignmentCount(Strategies.Length, Baseline.Countries.Length)
        ?? throw new InvalidOperationException("Too many assignments.");

    public int Runs => checked((int)(Assignments * Repetitions));

    /// <summary>Which strategy (an index into <see cref="Strategies"/>) each country plays in an assignment.</summary>
    public ImmutableArray<int> Assignment(long assignment)
    {
        var n = Baseline.Countries.Length;
        var digits = new int[n];
        for (var c = n - 1; c >= 0; c--)
        {
            digits[c] = (int)(assignment % Strategies.Length);
            assignment /= Strategies.Length;
        }
        return [.. digits];
    }

    public ImmutableArray<int> AssignmentOfRun(int index) => Assignment(index / Repetitions);

    public PlannedRun Run(int index)
    {
        if (index < 0 || index >= Runs) throw new ArgumentOutOfRangeException(nameof(index));
        var repetition = index % Repetitions;
        var assignment = AssignmentOfRun(index);
        var runSeed = (long)(DeterministicRandom.For(Seed, "tournament", repetition).NextUInt64() >> 33);
        var countries = Baseline.Countries.Select((c, i) => c with { Strategy = Strategies[assignment[i]] }).ToImmutableArray();
        var rules = Baseline.RulesWith(runSeed, MaxRounds);
        return new PlannedRun(index, Baseline with { Countries = countries, Rules = rules }, rules, []);
    }
}
