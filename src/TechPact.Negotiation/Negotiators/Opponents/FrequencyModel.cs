namespace TechPact.Negotiation.Negotiators.Opponents;

/// <summary>The frequency opponent model of the HardHeaded agent (van Krimpen, Looije &amp; Hajizadeh
/// 2013), the best-performing of the models Baarslag, Hendrikx, Hindriks &amp; Jonker (2013) compared:
/// an issue whose asked-for option stays the same from one position to the next is probably important
/// to the party, and options it asks for often are probably ones it values.</summary>
/// <remarks>Reads only what the party said (its positions, oldest first), never its profile. Issue weights
/// start equal; each unchanged issue between consecutive positions gains <see cref="WeightStep"/> / issues
/// before the weights are renormalised. An option's value is its count (1 + times asked for) over the
/// issue's highest count. Open choices in a position are skipped.</remarks>
public sealed class FrequencyModel
{
    /// <summary>HardHeaded's learning coefficient, relative to an equal weight share.</summary>
    public const double WeightStep = 0.2;

    private readonly int[] _optionCounts;
    private readonly double[] _weights;
    private readonly double[][] _counts;

    /// <summary>A reusable estimator for one agenda: <see cref="Learn"/> overwrites the previous estimate.</summary>
    public FrequencyModel(IReadOnlyList<int> optionCounts)
    {
        _optionCounts = [.. optionCounts];
        _weights = new double[_optionCounts.Length];
        _counts = new double[_optionCounts.Length][];
        for (var i = 0; i < _counts.Length; i++) _counts[i] = new double[_optionCounts[i]];
    }

    [ThreadStatic] private static FrequencyModel? _scratch;

    /// <summary>This thread's reusable estimator for an agenda with these option counts, so a round's estimates
    /// allocate nothing. <see cref="Learn"/> overwrites every estimate, so it gives exactly what a new one gives.
    /// Valid until this thread's next call: use it within one synchronous loop and never keep it.</summary>
    public static FrequencyModel Scratch(IReadOnlyList<int> optionCounts)
    {
        if (_scratch is { } model && model.Fits(optionCounts)) return model;
        return _scratch = new FrequencyModel(optionCounts);
    }

    /// <summary><see cref="Scratch(IReadOnlyList{int})"/> for an agenda, without listing its option counts each time.</summary>
    public static FrequencyModel Scratch(ImmutableArray<Issue> issues)
    {
        if (_scratch is { } model && model.Fits(issues)) return model;
        return _scratch = new FrequencyModel([.. issues.Select(i => i.Options.Length)]);
    }

    private bool Fits(ImmutableArray<Issue> issues)
    {
        if (issues.Length != _optionCounts.Length) return false;
        for (var i = 0; i < _optionCounts.Length; i++) if (issues[i].Options.Length != _optionCounts[i]) return false;
        return true;
    }

    internal bool Fits(IReadOnlyList<int> optionCounts)
    {
        if (optionCounts.Count != _optionCounts.Length) return false;
        for (var i = 0; i < _optionCounts.Length; i++) if (optionCounts[i] != _optionCounts[i]) return false;
        return true;
    }

    public double Weight(int issue) => _weights[issue];

    /// <summary>How many issues the agenda it estimates has.</summary>
    public int Issues => _optionCounts.Length;

    /// <summary>The estimated value of an option, best option of the issue = 1.</summary>
    public double Value(int issue, int option)
    {
        var row = _counts[issue];
        var max = 0.0;
        foreach (var v in row) max = Math.Max(max, v);
        return row[option] / max;
    }

    /// <summary>Adds weight × estimated value of every option to <paramref name="scores"/> ([issue][option]).</summary>
    public void AddTo(double[][] scores)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            var row = _counts[i];
            var max = 0.0;
            foreach (var v in row) max = Math.Max(max, v);
            var scale = _weights[i] / max;
            for (var o = 0; o < row.Length; o++) scores[i][o] += scale * row[o];
        }
    }

    /// <summary>Estimates country <paramref name="c"/> from <paramref name="positions"/> ([round][country], oldest first), then <paramref name="latest"/> if given.</summary>
    public FrequencyModel Learn(ImmutableArray<ImmutableArray<Package>> positions, int c, Package? latest = null)
    {
        var issues = _optionCounts.Length;
        Array.Fill(_weights, 1.0 / Math.Max(1, issues));
        foreach (var row in _counts) Array.Fill(row, 1.0);
        Package? before = null;
        foreach (var round in positions)
            if (c < round.Length) before = Step(round[c], before);
        if (latest is not null) Step(latest, before);
        return this;
    }

    public EstimatedPreferences Snapshot() =>
        new([.. _weights], [.. _counts.Select((row, i) => row.Select((_, o) => Value(i, o)).ToImmutableArray())]);

    /// <summary>One-shot estimate from a party's positions, oldest first.</summary>
    public static EstimatedPreferences Estimate(IReadOnlyList<Package> positions, IReadOnlyList<int> optionCounts)
    {
        var model = new FrequencyModel(optionCounts);
        var history = positions.Select(p => ImmutableArray.Create(p)).ToImmutableArray();
        return model.Learn(history, 0).Snapshot();
    }

    // The innermost loop of every bid and of the mediator's salience (each round re-learns every party from its
    // remembered positions): spans over the choices, and the same additions and divisions in the same order.
    private Package Step(Package position, Package? before)
    {
        var issues = _optionCounts.Length;
        var now = position.Choices.AsSpan()[..issues];
        var counts = _counts;
        for (var i = 0; i < now.Length; i++)
        {
            var o = now[i];
            var row = counts[i];
            if (o != Package.Open && o < row.Length) row[o] += 1;
        }
        if (before is null) return position;
        var then = before.Choices.AsSpan()[..issues];
        var weights = _weights.AsSpan(0, issues);
        var changed = false;
        for (var i = 0; i < now.Length; i++)
            if (now[i] != Package.Open && now[i] == then[i]) (weights[i], changed) = (weights[i] + WeightStep / issues, true);
        if (changed)
        {
            var total = 0.0;
            foreach (var w in weights) total += w;
            for (var i = 0; i < weights.Length; i++) weights[i] /= total;
        }
        return position;
    }
}

/// <summary>What an opponent model believes of one party: issue weights (summing to 1) and per-option values (best = 1).</summary>
public sealed record EstimatedPreferences(ImmutableArray<double> Weights, ImmutableArray<ImmutableArray<double>> Values)
{
    public double ValueOf(int issue, int option) => Weights[issue] * Values[issue][option];
}
