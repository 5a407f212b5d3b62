namespace TechPact.Negotiation.Randomness;

/// <summary>A small seeded generator (SplitMix64) whose output is fixed by this code, not by
/// the runtime's <see cref="Random"/> implementation, so transcripts stay byte-identical
/// across .NET versions and across processes.</summary>
/// <remarks>Streams are derived from (seed, purpose, round) rather than advanced in place, so a
/// country grain that is reactivated or a round that is retried draws exactly the same numbers.</remarks>
public sealed class DeterministicRandom
{
    private ulong _state;

    public DeterministicRandom(ulong seed) => _state = seed;

    /// <summary>A stream for one purpose (a country id, "mediator") in one round.</summary>
    public static DeterministicRandom For(long seed, string purpose, int round) => For(Stream(seed, purpose), round);

    /// <summary>The part of <see cref="For(long, string, int)"/> that does not change from round to round, for a caller
    /// that draws from the same stream every round: <c>For(Stream(seed, purpose), round)</c> is <c>For(seed, purpose, round)</c>.</summary>
    public static ulong Stream(long seed, string purpose)
    {
        var h = Mix((ulong)seed);
        foreach (var ch in purpose) h = Mix(h ^ ch);
        return h;
    }

    public static DeterministicRandom For(ulong stream, int round) => new(Mix(stream ^ (ulong)(uint)round));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1) with 53 bits of precision.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int NextInt(int exclusiveMax) => (int)(NextUInt64() % (ulong)exclusiveMax);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
