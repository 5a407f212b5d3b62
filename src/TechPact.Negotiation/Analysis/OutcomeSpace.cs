using System.Numerics;
using System.Runtime.CompilerServices;

namespace TechPact.Negotiation.Analysis;

/// <summary>A scenario flattened for fast evaluation: every (issue, option, country) weighted value
/// precomputed once, so an outcome's utility is a sum of table lookups.</summary>
/// <remarks>Outcomes are numbered in odometer order (the last issue varies fastest), which is also
/// lexicographic order of the packages; ties everywhere go to the lower number.</remarks>
internal sealed class OutcomeSpace
{
    public OutcomeSpace(Scenario scenario) : this(scenario.Issues, scenario.Countries, scenario.Rules.Seed) { }

    /// <param name="seed">Seeds the approximation for spaces too large to enumerate.</param>
    public OutcomeSpace(IReadOnlyList<Issue> issues, ImmutableArray<CountryProfile> countries, long seed)
    {
        Countries = countries;
        Seed = seed;
        IssueCount = issues.Count;
        CountryCount = countries.Length;
        OptionCounts = issues.Select(i => i.Options.Length).ToArray();
        Contribution = new double[IssueCount][];
        RedLined = new bool[IssueCount][];
        for (var i = 0; i < IssueCount; i++)
        {
            Contribution[i] = new double[OptionCounts[i] * CountryCount];
            RedLined[i] = new bool[OptionCounts[i]];
            for (var o = 0; o < OptionCounts[i]; o++)
                for (var c = 0; c < CountryCount; c++)
                {
                    var country = countries[c];
                    // Same product Utility.Of forms, so sums in issue order match it bit for bit.
                    Contribution[i][o * CountryCount + c] = country.Weights[i] * country.Values[i][o];
                    RedLined[i][o] |= country.RedLines[i].Contains(o);
                }
        }
        Reservations = countries.Select(c => c.Reservation).ToArray();
        Count = OptionCounts.Aggregate(BigInteger.One, (n, k) => n * k);
        LeverageExponents = Leverage.Compute(issues, countries).Exponents;
    }

    public ImmutableArray<CountryProfile> Countries { get; }
    public long Seed { get; }
    public int IssueCount { get; }
    public int CountryCount { get; }
    public int[] OptionCounts { get; }
    /// <summary>[issue][option * CountryCount + country] = weight · value.</summary>
    public double[][] Contribution { get; }
    /// <summary>[issue][option]: some country can never accept this option.</summary>
    public bool[][] RedLined { get; }
    public double[] Reservations { get; }
    public BigInteger Count { get; }
    /// <summary>β per country, the asymmetric Nash weights of <see cref="Leverage.Exponents"/>.</summary>
    public ImmutableArray<double> LeverageExponents { get; }

    public Package Decode(long index)
    {
        var choices = new int[IssueCount];
        for (var i = IssueCount - 1; i >= 0; i--)
        {
            choices[i] = (int)(index % OptionCounts[i]);
            index /= OptionCounts[i];
        }
        return new Package(choices.ToImmutableArray());
    }

    /// <summary>Utilities of a complete choice vector, written into <paramref name="utilities"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<int> choices, Span<double> utilities)
    {
        utilities = utilities[..CountryCount];
        utilities.Clear();
        if (IssueCount > 0) Complete(utilities, 0, choices, utilities);
    }

    /// <summary>The utilities with issues 0..<paramref name="issue"/>−1 already summed into <paramref name="prefix"/>
    /// (all +0.0 for issue 0): prefix + issue's row, then every later issue's, in issue order — the sums
    /// <see cref="Evaluate"/> forms. <paramref name="into"/> may be <paramref name="prefix"/> itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Complete(ReadOnlySpan<double> prefix, int issue, ReadOnlySpan<int> choices, Span<double> into)
    {
        AddRow(prefix, issue, choices[issue], into);
        for (var i = issue + 1; i < IssueCount; i++) AddRow(into, i, choices[i], into);
    }

    /// <summary>into[c] = sums[c] + weight·value of <paramref name="option"/> on <paramref name="issue"/> for country c;
    /// lane by lane, each lane the same IEEE addition the scalar loop makes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRow(ReadOnlySpan<double> sums, int issue, int option, Span<double> into)
    {
        var row = Contribution[issue].AsSpan(option * CountryCount, CountryCount);
        var c = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
            for (var width = System.Numerics.Vector<double>.Count; c <= CountryCount - width; c += width)
                (new System.Numerics.Vector<double>(sums[c..]) + new System.Numerics.Vector<double>(row[c..])).CopyTo(into[c..]);
        for (; c < CountryCount; c++) into[c] = sums[c] + row[c];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool CrossesRedLine(ReadOnlySpan<int> choices)
    {
        for (var i = 0; i < IssueCount; i++)
            if (RedLined[i][choices[i]]) return true;
        return false;
    }

    /// <summary>Acceptable to everyone: no red line crossed and every utility at or above reservation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ClearsReservations(ReadOnlySpan<double> utilities)
    {
        for (var c = 0; c < CountryCount; c++)
            if (utilities[c] < Reservations[c]) return false;
        return true;
    }

    /// <summary>The per-issue best option for a linear objective Σ_c coefficient_c · U_c; separable,
    /// so this is exact at any size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] SeparableArgmax(ReadOnlySpan<double> coefficients)
    {
        var choices = new int[IssueCount];
        for (var i = 0; i < IssueCount; i++)
        {
            var best = double.NegativeInfinity;
            for (var o = 0; o < OptionCounts[i]; o++)
            {
                var score = 0.0;
                for (var c = 0; c < CountryCount; c++) score += coefficients[c] * Contribution[i][o * CountryCount + c];
                if (score > best) (best, choices[i]) = (score, o);
            }
        }
        return choices;
    }
}
