using System.Runtime.CompilerServices;

namespace TechPact.Negotiation.Negotiators.Opponents;

/// <summary>The opponent models a strategy may name. A model turns what the others said at the table
/// (their positions in the last rounds) into how much, in its estimate, they would like each option.</summary>
public static class OpponentModels
{
    public const string Frequency = "frequency";
    public const string None = "none";

    public static IReadOnlyList<string> Names { get; } = [Frequency, None];

    public static bool IsKnown(string name) => name is Frequency or None;

    /// <summary>[issue][option]: Σ over the other countries of their estimated weighted value, or null
    /// without a model. What a country maximises when it chooses which option to ask for.</summary>
    /// <remarks>A country's estimate depends only on what it said (the round context's positions), so every
    /// country at the table would learn the same 192 estimates of the others: they are learned once per
    /// positions table (<see cref="Learned"/>) and each country adds up the others' in table order, as before.</remarks>
    public static double[][]? OthersLike(string model, RoundContext context, int me, IReadOnlyList<int> optionCounts)
    {
        if (model != Frequency || context.Positions.IsEmpty) return null;
        var scores = new double[optionCounts.Count][];
        for (var i = 0; i < scores.Length; i++) scores[i] = new double[optionCounts[i]];
        return AddOthers(scores, context, me, optionCounts);
    }

    /// <summary><see cref="OthersLike"/> into this thread's reusable table (zeroed first): the same numbers, no
    /// allocation per bid. Valid until this thread's next call: use it within one synchronous bid, never keep it.</summary>
    public static double[][]? OthersLikeScratch(string model, RoundContext context, int me, IReadOnlyList<int> optionCounts)
    {
        if (model != Frequency || context.Positions.IsEmpty) return null;
        var scores = _scores;
        if (scores is null || !Fits(scores, optionCounts))
        {
            _scores = scores = new double[optionCounts.Count][];
            for (var i = 0; i < scores.Length; i++) scores[i] = new double[optionCounts[i]];
        }
        else foreach (var row in scores) Array.Clear(row);
        return AddOthers(scores, context, me, optionCounts);
    }

    [ThreadStatic] private static double[][]? _scores;

    private static bool Fits(double[][] scores, IReadOnlyList<int> optionCounts)
    {
        if (scores.Length != optionCounts.Count) return false;
        for (var i = 0; i < scores.Length; i++) if (scores[i].Length != optionCounts[i]) return false;
        return true;
    }

    private static double[][] AddOthers(double[][] scores, RoundContext context, int me, IReadOnlyList<int> optionCounts)
    {
        var countries = context.Commitments.Length;
        for (var c = 0; c < countries; c++)
        {
            if (c == me || context.Absent.Contains(c)) continue;
            (countries >= ShareFrom ? Learned(context.Positions, c, countries, optionCounts) : LearnedHere(context.Positions, c, optionCounts)).AddTo(scores);
        }
        return scores;
    }

    /// <summary>At a small table: this thread's estimate of country <paramref name="c"/> from these very positions.
    /// Every country at the table reads the same round context, so a round's bids on one thread learn each party
    /// once, not once per bidder; a new positions table (the next round, another summit) learns afresh. The
    /// estimate is a function of the positions alone, so it is the one a fresh model gives.</summary>
    private static FrequencyModel LearnedHere(ImmutableArray<ImmutableArray<Package>> positions, int c, IReadOnlyList<int> optionCounts)
    {
        var recent = _recent ??= new RecentModels();
        // The table is held, so while it is here no other array can take its identity.
        var table = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(positions);
        if (!ReferenceEquals(recent.Table, table)) (recent.Table, recent.Learned) = (table, 0);
        var model = recent.Models[c];
        if (model is null || !model.Fits(optionCounts))
        {
            recent.Models[c] = model = new FrequencyModel(optionCounts);
            recent.Learned &= ~(1 << c);
        }
        if ((recent.Learned & (1 << c)) == 0)
        {
            model.Learn(positions, c);
            recent.Learned |= 1 << c;
        }
        return model;
    }

    [ThreadStatic] private static RecentModels? _recent;

    /// <summary>A thread's estimates for the last positions table it read: one model per seat, and which are learned.</summary>
    private sealed class RecentModels
    {
        public ImmutableArray<Package>[]? Table;
        public readonly FrequencyModel?[] Models = new FrequencyModel?[ShareFrom];
        public int Learned;
    }

    /// <summary>From this many countries the estimates are shared; at a small table sharing costs more than it saves.</summary>
    public const int ShareFrom = 8;

    /// <summary>Country <paramref name="c"/>'s frequency model learned from <paramref name="positions"/>, shared by every
    /// caller with the same positions table (kept as long as the table is). The model is never changed once learned.</summary>
    public static FrequencyModel Learned(ImmutableArray<ImmutableArray<Package>> positions, int c, int countries, IReadOnlyList<int> optionCounts)
    {
        var table = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(positions);
        if (table is null) return new FrequencyModel(optionCounts).Learn(positions, c);
        var slots = Cache.GetValue(table, _ => new FrequencyModel?[countries]);
        if (c >= slots.Length) return new FrequencyModel(optionCounts).Learn(positions, c);
        if (Volatile.Read(ref slots[c]) is { } model && model.Issues == optionCounts.Count) return model;
        // Two threads may learn it at once: the same model either way, and the first one stays.
        var learned = new FrequencyModel(optionCounts).Learn(positions, c);
        return Interlocked.CompareExchange(ref slots[c], learned, null) is { } first && first.Issues == optionCounts.Count ? first : learned;
    }

    private static readonly ConditionalWeakTable<ImmutableArray<Package>[], FrequencyModel?[]> Cache = new();
}
