using TechPact.Negotiation.Randomness;

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
        Pool = new OutcomePool(space);
        for (var s = 0; s < sampleSize; s++) Pool.Add(RandomPackage());
        for (var s = 0; s < randomStarts; s++) _starts.Add(RandomPackage());
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

    /// <summary>Climbs <paramref name="objective"/> from every start (polishing each result to
    /// local Pareto-optimality), adds the results to the pool, and returns the best.</summary>
    public int[] Best(HillClimber.Objective objective)
    {
        int[]? best = null;
        var bestScore = double.NegativeInfinity;
        var utilities = new double[_space.CountryCount];
        foreach (var start in _starts)
        {
            var found = _climber.Polish(_climber.Climb(start, objective));
            Pool.Add(found);
            _space.Evaluate(found, utilities);
            var score = objective(utilities, _space.CrossesRedLine(found));
            if (best is null || ExactEnumeration.Improves(score, bestScore)) (best, bestScore) = (found, score);
        }
        return best!;
    }

    /// <summary>Scores acceptable outcomes with <paramref name="onAcceptable"/> (assumed ≥ 0) and
    /// the rest by how far they fall short, so climbs head for acceptable ground first.</summary>
    public HillClimber.Objective Constrained(Func<double[], double> onAcceptable)
    {
        var buffer = new double[_space.CountryCount];
        return (utilities, crosses) =>
        {
            if (crosses || !_space.ClearsReservations(utilities))
                return -1 - BargainingScores.Shortfall(utilities, _space.Reservations, crosses);
            utilities.CopyTo(buffer);
            return onAcceptable(buffer);
        };
    }

    private int[] RandomPackage()
    {
        var choices = new int[_space.IssueCount];
        for (var i = 0; i < choices.Length; i++) choices[i] = _random.NextInt(_space.OptionCounts[i]);
        return choices;
    }
}
