using System.Numerics;

namespace TechPact.Negotiation.Outcomes;

/// <summary>A set of option indices on one issue, kept as a bit mask so that intersecting
/// every country's commitments is a single AND.</summary>
public readonly record struct OptionSet(ulong Bits)
{
    public const int Capacity = 64;
    public static readonly OptionSet Empty = new(0);

    public static OptionSet Of(params int[] options)
    {
        ulong bits = 0;
        foreach (var o in options) bits |= 1UL << o;
        return new OptionSet(bits);
    }

    public bool IsEmpty => Bits == 0;
    public int Count => BitOperations.PopCount(Bits);
    public bool Contains(int option) => option >= 0 && option < Capacity && (Bits & (1UL << option)) != 0;
    public OptionSet With(int option) => new(Bits | (1UL << option));
    public OptionSet Union(OptionSet other) => new(Bits | other.Bits);
    public OptionSet Intersect(OptionSet other) => new(Bits & other.Bits);
    public OptionSet Except(OptionSet other) => new(Bits & ~other.Bits);
    public bool IsSupersetOf(OptionSet other) => (other.Bits & ~Bits) == 0;

    /// <summary>The options in the set, lowest first. A struct, so a <c>foreach</c> over it allocates nothing.</summary>
    public MemberList Members() => new(Bits);

    /// <summary>The members of a set, lowest first, enumerated off the bit mask.</summary>
    public readonly struct MemberList(ulong bits) : IEnumerable<int>
    {
        public Enumerator GetEnumerator() => new(bits);

        IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(ulong bits) : IEnumerator<int>
        {
            private ulong _rest = bits;

            public int Current { get; private set; }

            readonly object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                if (_rest == 0) return false;
                Current = BitOperations.TrailingZeroCount(_rest);
                _rest &= _rest - 1;
                return true;
            }

            public void Reset() => throw new NotSupportedException();

            public readonly void Dispose() { }
        }
    }
}
