namespace TechPact.Negotiation.Analysis;

/// <summary>Greedy coordinate ascent over packages: on each issue in turn take the option that
/// scores best with the others held fixed, until a full sweep changes nothing.</summary>
internal sealed class HillClimber(OutcomeSpace space)
{
    /// <summary>Scores an outcome from its utilities and whether it crosses a red line; higher is better.</summary>
    public delegate double Objective(ReadOnlySpan<double> utilities, bool crossesRedLine);

    private const int MaxSweeps = 200;

    /// <summary>Climbs from <paramref name="start"/> (left untouched) and returns the local optimum.</summary>
    public int[] Climb(int[] start, Objective objective)
    {
        var choices = (int[])start.Clone();
        var utilities = new double[space.CountryCount];
        var trial = new double[space.CountryCount];
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var changed = false;
            for (var i = 0; i < space.IssueCount; i++)
            {
                var current = choices[i];
                space.Evaluate(choices, utilities);
                var best = objective(utilities, space.CrossesRedLine(choices));
                var bestOption = current;
                for (var o = 0; o < space.OptionCounts[i]; o++)
                {
                    if (o == current) continue;
                    choices[i] = o;
                    space.Evaluate(choices, trial);
                    var score = objective(trial, space.CrossesRedLine(choices));
                    if (ExactEnumeration.Improves(score, best)) (best, bestOption) = (score, o);
                }
                choices[i] = bestOption;
                changed |= bestOption != current;
            }
            if (!changed) break;
        }
        return choices;
    }

    /// <summary>Moves to single-issue neighbours that Pareto-dominate the current package until
    /// none does, so a climbed solution is at least locally Pareto-optimal. A move never crosses a
    /// red line the start did not, so an acceptable package stays acceptable.</summary>
    public int[] Polish(int[] start)
    {
        var choices = (int[])start.Clone();
        var startCrosses = space.CrossesRedLine(choices);
        var current = new long[space.CountryCount];
        var trial = new long[space.CountryCount];
        var utilities = new double[space.CountryCount];
        for (var moved = true; moved;)
        {
            moved = false;
            Quantised(choices, utilities, current);
            for (var i = 0; i < space.IssueCount && !moved; i++)
            {
                var keep = choices[i];
                for (var o = 0; o < space.OptionCounts[i] && !moved; o++)
                {
                    choices[i] = o;
                    Quantised(choices, utilities, trial);
                    moved = o != keep && ParetoFrontier.Dominates(trial, current) && (startCrosses || !space.CrossesRedLine(choices));
                    if (!moved) choices[i] = keep;
                }
            }
        }
        return choices;
    }

    private void Quantised(int[] choices, double[] utilities, long[] grid)
    {
        space.Evaluate(choices, utilities);
        for (var c = 0; c < grid.Length; c++) grid[c] = ParetoFrontier.Quantise(utilities[c]);
    }
}
