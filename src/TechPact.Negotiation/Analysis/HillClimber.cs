using System.Runtime.CompilerServices;

namespace TechPact.Negotiation.Analysis;

/// <summary>Greedy coordinate ascent over packages: on each issue in turn take the option that
/// scores best with the others held fixed, until a full sweep changes nothing.</summary>
/// <remarks>Trying the options of issue i changes nothing above it, so the utilities of issues 0..i−1 are
/// summed once (a running prefix) and each trial adds only issue i and those below it — in issue order, so
/// every trial's utilities are the very sums <see cref="OutcomeSpace.Evaluate"/> (and <c>Utility.Of</c>) form.
/// Thread-safe: every call has its own buffers.
/// <para>The search's inner loops (here, <see cref="OutcomeSpace"/>'s sums and <see cref="BargainingScores"/>) are
/// compiled optimised at once (<c>AggressiveOptimization</c>): a CLI run analyses beside the silo's start, while
/// the runtime keeps deferring tier-up as new code keeps arriving, and the 193-country search ran seconds in
/// unoptimised code. They run nowhere but in the analysis, so nothing that profits from tiered PGO loses it.</para></remarks>
internal sealed class HillClimber(OutcomeSpace space)
{
    /// <summary>Scores an outcome from its utilities and whether it crosses a red line; higher is better.</summary>
    public delegate double Objective(ReadOnlySpan<double> utilities, bool crossesRedLine);

    private const int MaxSweeps = 200;

    /// <summary>Climbs from <paramref name="start"/> (left untouched) and returns the local optimum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Climb(int[] start, Objective objective)
    {
        var choices = (int[])start.Clone();
        var (prefix, trial) = Buffers();
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var changed = false;
            for (var i = 0; i < space.IssueCount; i++)
            {
                if (i > 0) space.AddRow(Level(prefix, i - 1), i - 1, choices[i - 1], Level(prefix, i));
                var current = choices[i];
                space.Complete(Level(prefix, i), i, choices, trial);
                var best = objective(trial, space.CrossesRedLine(choices));
                var bestOption = current;
                for (var o = 0; o < space.OptionCounts[i]; o++)
                {
                    if (o == current) continue;
                    choices[i] = o;
                    space.Complete(Level(prefix, i), i, choices, trial);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Polish(int[] start)
    {
        var choices = (int[])start.Clone();
        var startCrosses = space.CrossesRedLine(choices);
        var countries = space.CountryCount;
        var current = new long[countries];
        var (prefix, utilities) = Buffers();
        for (var moved = true; moved;)
        {
            moved = false;
            space.Evaluate(choices, utilities);
            for (var c = 0; c < countries; c++) current[c] = ParetoFrontier.Quantise(utilities[c]);
            for (var i = 0; i < space.IssueCount && !moved; i++)
            {
                if (i > 0) space.AddRow(Level(prefix, i - 1), i - 1, choices[i - 1], Level(prefix, i));
                var keep = choices[i];
                for (var o = 0; o < space.OptionCounts[i] && !moved; o++)
                {
                    if (o == keep) continue; // staying put is no move
                    choices[i] = o;
                    space.Complete(Level(prefix, i), i, choices, utilities);
                    moved = DominatesOnGrid(utilities, current) && (startCrosses || !space.CrossesRedLine(choices));
                    if (!moved) choices[i] = keep;
                }
            }
        }
        return choices;
    }

    /// <summary><see cref="ParetoFrontier.Dominates"/> of the quantised <paramref name="utilities"/> over <paramref name="grid"/>,
    /// quantising only as far as the first coordinate that decides it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool DominatesOnGrid(ReadOnlySpan<double> utilities, long[] grid)
    {
        var strictly = false;
        for (var c = 0; c < grid.Length; c++)
        {
            var q = ParetoFrontier.Quantise(utilities[c]);
            if (q < grid[c]) return false;
            if (q > grid[c]) strictly = true;
        }
        return strictly;
    }

    [ThreadStatic] private static double[]? _prefix;
    [ThreadStatic] private static double[]? _trial;

    /// <summary>This thread's scratch: the prefix sums (level 0 all +0.0, the rest written before they are read)
    /// and one utility vector. Reused from climb to climb: a climb of a 193-country table would otherwise
    /// allocate 20 KB, and the analysis makes tens of thousands of them.</summary>
    private (double[] Prefix, ArraySegment<double> Trial) Buffers()
    {
        var countries = space.CountryCount;
        var length = (space.IssueCount + 1) * countries;
        if (_prefix is null || _prefix.Length < length) _prefix = new double[length];
        if (_trial is null || _trial.Length < countries) _trial = new double[countries];
        Array.Clear(_prefix, 0, countries);
        return (_prefix, new ArraySegment<double>(_trial, 0, countries));
    }

    private Span<double> Level(double[] prefix, int level) => prefix.AsSpan(level * space.CountryCount, space.CountryCount);
}
