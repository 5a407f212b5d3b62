using System.Runtime.InteropServices;

namespace TechPact.Negotiation.Protocols.Text;

/// <summary>The mediator of the text protocols, drafting by the compromise model of multilateral
/// negotiation (van den Bos 1991; Bueno de Mesquita &amp; Stokman 1994; Thomson, Stokman, Achen &amp;
/// König 2006, <i>The European Union Decides</i>): on each issue the text goes to the allowed option
/// nearest the capability × salience-weighted mean of the countries' positions on the issue's ladder.</summary>
/// <remarks>
/// <para>It reads only what is said at the table and what is public: each country's position (its ask
/// where it amends the text, else the text's option), its commitments, the red lines it declared,
/// the tracks' results, and strengths (capabilities are public: who leads in memory chips is no secret).
/// Salience is not read from the confidential briefs: the mediator estimates it from each country's
/// positions with the same frequency model the AI countries use (<see cref="FrequencyModel"/>) — a
/// country that keeps asking for the same option on an issue shows that the issue matters to it. Before
/// anyone has spoken twice every issue counts the same, so the opening text and round 1's revision do
/// not depend on confidential weights at all.</para>
/// <para>The weighted mean, not the median: with three countries a weighted median moves only when one
/// country outweighs the other two together, so strengths would barely show; the mean answers every
/// change of weight. Where everyone's commitments meet on an issue the text stays among those options;
/// a track's result is what its members ask for when they ask for a change there, never a veto over the
/// others nor over a member content with the text.</para>
/// </remarks>
public static class Mediator
{
    /// <summary>The first text: every country's opening position is its favourite option nobody has
    /// ruled out, and every issue counts the same.</summary>
    public static Package Opening(SummitSetting setting)
    {
        var issues = setting.Scenario.Issues;
        var countries = setting.Scenario.Countries;
        var even = Even(countries.Length, issues.Length);
        var text = new int[issues.Length];
        var positions = new int[countries.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var admissible = Acceptability.Admissible(setting, i);
            for (var k = 0; k < positions.Length; k++)
                positions[k] = setting.IsSeated(k) ? Favourite(countries[k].Values[i], admissible) : Package.Open;
            text[i] = Compromise(setting, i, positions, even, admissible);
        }
        return new Package(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(text));
    }

    /// <summary>The admissible option the country values most, the lowest of equals (as Enumerable.MaxBy picks it).</summary>
    private static int Favourite(ImmutableArray<double> values, OptionSet admissible)
    {
        var (best, bestValue) = (-1, 0.0);
        foreach (var o in admissible.Members())
            if (best < 0 || values[o].CompareTo(bestValue) > 0) (best, bestValue) = (o, values[o]);
        return best >= 0 ? best : throw new InvalidOperationException("No option of the issue is admissible.");
    }

    /// <summary>The next text, after every country has answered <paramref name="draft"/>.</summary>
    public static Package Revise(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history)
    {
        var salience = Salience(setting, draft, moves, history);
        var revised = new int[draft.Count];
        for (var i = 0; i < revised.Length; i++) revised[i] = ReviseIssue(setting, i, draft, moves, salience);
        return new Package(ImmutableCollectionsMarshal.AsImmutableArray(revised));
    }

    /// <summary>One issue of the next text: the compromise of the positions within what is allowed.</summary>
    public static int ReviseIssue(SummitSetting setting, int issue, Package draft, IReadOnlyList<CountryMove> moves, double[][] salience)
    {
        var admissible = Acceptability.Admissible(setting, issue);
        var agreed = admissible;
        // Per issue per round: on the stack (a 193-country table needs 772 bytes), on the heap beyond.
        Span<int> positions = moves.Count <= 256 ? stackalloc int[moves.Count] : new int[moves.Count];
        for (var c = 0; c < moves.Count; c++)
        {
            // A country that left has no position: the compromise skips an open one.
            if (!setting.IsSeated(c)) { positions[c] = Package.Open; continue; }
            var move = moves[c];
            agreed = agreed.Intersect(move.Commitments[issue]);
            positions[c] = move.Amendments[issue] != Package.Open ? move.Amendments[issue] : draft[issue];
        }
        foreach (var track in setting.Scenario.Tracks)
        {
            if (!track.Issues.Contains(issue)) continue;
            var joint = admissible;
            foreach (var c in track.Countries) if (c < moves.Count && setting.IsSeated(c)) joint = joint.Intersect(moves[c].Commitments[issue]);
            if (joint.IsEmpty) continue;
            // A member that asks for a change asks for what its track agreed (the agreed option nearest its own
            // ask); a member content with the text keeps it, and nobody outside the track is bound by it.
            foreach (var c in track.Countries)
                if (c < moves.Count && setting.IsSeated(c) && moves[c].Amendments[issue] != Package.Open) positions[c] = Nearest(joint, moves[c].Amendments[issue]);
        }
        return Compromise(setting, issue, positions, salience, agreed.IsEmpty ? admissible : agreed);
    }

    /// <summary>[country][issue]: each country's salience as the frequency model estimates it from its
    /// positions in the rounds remembered and this one.</summary>
    public static double[][] Salience(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history)
    {
        var model = FrequencyModel.Scratch(setting.Scenario.Issues);
        var salience = new double[moves.Count][];
        for (var c = 0; c < salience.Length; c++) salience[c] = SalienceOf(model, draft, moves[c], c, history);
        return salience;
    }

    /// <summary>One country's row of <see cref="Salience"/>.</summary>
    public static double[] SalienceOf(FrequencyModel model, Package draft, CountryMove move, int c,
        ImmutableArray<ImmutableArray<Package>> history)
    {
        model.Learn(history, c, move.PositionOn(draft));
        var row = new double[draft.Count];
        for (var i = 0; i < row.Length; i++) row[i] = model.Weight(i);
        return row;
    }

    /// <summary>How many options each issue has, in agenda order.</summary>
    public static int[] OptionCounts(SummitSetting setting)
    {
        var issues = setting.Scenario.Issues;
        var counts = new int[issues.Length];
        for (var i = 0; i < counts.Length; i++) counts[i] = issues[i].Options.Length;
        return counts;
    }

    /// <summary>The allowed option nearest Σ λ_c·position_c / Σ λ_c, with λ_c = power × salience; ties go to the lower rung.</summary>
    private static int Compromise(SummitSetting setting, int issue, ReadOnlySpan<int> positions, double[][] salience, OptionSet allowed)
    {
        double weighted = 0, total = 0, plain = 0;
        var counted = 0;
        for (var c = 0; c < positions.Length; c++)
        {
            if (positions[c] == Package.Open) continue;
            var lambda = setting.Leverage.Power[c][issue] * salience[c][issue];
            (weighted, total, plain, counted) = (weighted + lambda * positions[c], total + lambda, plain + positions[c], counted + 1);
        }
        var mean = total > 0 ? weighted / total : counted > 0 ? plain / counted : 0;
        return Nearest(allowed, mean);
    }

    private static int Nearest(OptionSet allowed, double point)
    {
        int best = -1;
        var distance = double.PositiveInfinity;
        foreach (var o in allowed.Members())
            if (Math.Abs(o - point) < distance - 1e-12) (best, distance) = (o, Math.Abs(o - point));
        return best;
    }

    private static double[][] Even(int countries, int issues) =>
        [.. Enumerable.Range(0, countries).Select(_ => Enumerable.Repeat(1.0 / Math.Max(1, issues), issues).ToArray())];
}
