namespace TechPact.Negotiation.Analysis;

/// <summary>For outcome spaces too large to enumerate: a seeded uniform sample, plus greedy
/// hill climbing from seeded random starts and from every country's and the welfare optimum.</summary>
/// <remarks>Every package visited as a sample or a climb result joins one pool; the reported
/// frontier is the pool's skyline and the solutions are the pool's best, so nothing claims more
/// than was actually evaluated.</remarks>
internal sealed class ApproximateSearch
{
    private readonly OutcomeSpace _space;
    private readonly HillClimber _climber;
    private readonly DeterministicRandom _random;
    private readonly List<int[]> _starts = [];

    public ApproximateSearch(OutcomeSpace space, int sampleSize, int randomStarts)
    {
        _space = space;
        _climber = new HillClimber(space);
        _random = DeterministicRandom.For(space.Seed, "outcome-analysis", 0);
        Pool = new OutcomePool(space, sampleSize + 4 * (randomStarts + space.CountryCount + 1));
        var sample = new int[sampleSize][];
        for (var s = 0; s < sampleSize; s++) sample[s] = RandomPackage();
        Pool.AddRange(sample);
        for (var s = 0; s < randomStarts; s++) _starts.Add(RandomPackage());
        _randomStarts = randomStarts;
        var unit = new double[space.CountryCount];
        for (var c = 0; c < space.CountryCount; c++)
        {
            Array.Clear(unit);
            unit[c] = 1;
            _starts.Add(space.SeparableArgmax(unit));
        }
        Array.Fill(unit, 1.0);
        _starts.Add(space.SeparableArgmax(unit));
    }

    public OutcomePool Pool { get; }
    public int StartCount => _starts.Count;

    /// <summary>The starts a climb of one country's own objective uses: the random ones, that country's own
    /// best package and the welfare optimum (the other countries' best packages lie far from its own).</summary>
    public int CountryStartCount => _randomStarts + 2;

    private readonly int _randomStarts;

    /// <summary>Climbs <paramref name="objective"/> from every start (polishing each result to
    /// local Pareto-optimality), adds the results to the pool, and returns the best.</summary>
    public int[] Best(HillClimber.Objective objective) => Best(objective, _starts);

    /// <summary>Climbs country <paramref name="country"/>'s own objective from <see cref="CountryStartCount"/> starts.</summary>
    public int[] BestFor(int country, HillClimber.Objective objective) =>
        Best(objective, [.. _starts.Take(_randomStarts), _starts[_randomStarts + country], _starts[^1]]);

    private int[] Best(HillClimber.Objective objective, List<int[]> starts)
    {
        int[]? best = null;
        var bestScore = double.NegativeInfinity;
        var utilities = new double[_space.CountryCount];
        // Each climb depends only on its start and the objective, so they run on every core; the results join
        // the pool in start order, as one after another would have added them.
        var climbed = new int[starts.Count][];
        Parallel.For(0, starts.Count, k => climbed[k] = _climber.Polish(_climber.Climb(starts[k], objective)));
        Pool.AddRange(climbed);
        foreach (var found in climbed)
        {
            _space.Evaluate(found, utilities);
            var score = objective(utilities, _space.CrossesRedLine(found));
            if (best is null || ExactEnumeration.Improves(score, bestScore)) (best, bestScore) = (found, score);
        }
        return best!;
    }

    /// <summary>Scores acceptable outcomes with <paramref name="onAcceptable"/> (assumed ≥ 0) and
    /// the rest by how far they fall short, so climbs head for acceptable ground first.</summary>
    public HillClimber.Objective Constrained(Score onAcceptable) =>
        (utilities, crosses) => crosses || !_space.ClearsReservations(utilities)
            ? -1 - BargainingScores.Shortfall(utilities, _space.Reservations, crosses)
            : onAcceptable(utilities);

    /// <summary>An objective on acceptable ground: a pure function of the utilities (climbs run in parallel).</summary>
    public delegate double Score(ReadOnlySpan<double> utilities);

    private int[] RandomPackage()
    {
        var choices = new int[_space.IssueCount];
        for (var i = 0; i < choices.Length; i++) choices[i] = _random.NextInt(_space.OptionCounts[i]);
        return choices;
    }
}
