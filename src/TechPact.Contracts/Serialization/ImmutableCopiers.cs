using Orleans.Serialization.Cloning;

namespace TechPact.Contracts.Serialization;

// Orleans deep-copies the arguments of every call between grains in the same silo, so that a
// callee can't mutate its caller's objects. The engine's values are immutable all the way down
// (records of ImmutableArray and immutable dictionaries), so a copy buys no safety; without
// these, every round would round-trip the round context, the moves and the briefs through their
// surrogates. Only types that are immutable by construction are listed here.

/// <summary>Hands the value itself back as its copy: for types immutable by construction.</summary>
public abstract class ImmutableCopier<T> : IDeepCopier<T> where T : class
{
    public T? DeepCopy(T? input, CopyContext context) => input;
}

[RegisterCopier] public sealed class ScenarioCopier : ImmutableCopier<Scenario>;
[RegisterCopier] public sealed class CountryBriefCopier : ImmutableCopier<CountryBrief>;
[RegisterCopier] public sealed class RoundContextCopier : ImmutableCopier<RoundContext>;
[RegisterCopier] public sealed class CountryMoveCopier : ImmutableCopier<CountryMove>;
[RegisterCopier] public sealed class PackageCopier : ImmutableCopier<Package>;
[RegisterCopier] public sealed class NegotiationRulesCopier : ImmutableCopier<NegotiationRules>;
[RegisterCopier] public sealed class SeatViewCopier : ImmutableCopier<TechPact.Negotiation.Seats.SeatView>;
