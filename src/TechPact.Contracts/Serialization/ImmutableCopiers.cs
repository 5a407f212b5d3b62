using Orleans.Serialization.Cloning;

namespace TechPact.Contracts.Serialization;

// Orleans deep-copies the arguments of every call between grains in the same silo, so that a
// callee can't mutate its caller's objects. The engine's values are immutable all the way down
// (records of ImmutableArray and immutable dictionaries), so a copy buys no safety; without
// these, every round would round-trip the round context, the moves and the briefs through their
// surrogates. Only types that are immutable by construction are listed here.

[RegisterCopier]
public sealed class ScenarioCopier : IDeepCopier<Scenario>
{
    public Scenario? DeepCopy(Scenario? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class CountryBriefCopier : IDeepCopier<CountryBrief>
{
    public CountryBrief? DeepCopy(CountryBrief? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class RoundContextCopier : IDeepCopier<RoundContext>
{
    public RoundContext? DeepCopy(RoundContext? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class CountryMoveCopier : IDeepCopier<CountryMove>
{
    public CountryMove? DeepCopy(CountryMove? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class PackageCopier : IDeepCopier<Package>
{
    public Package? DeepCopy(Package? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class NegotiationRulesCopier : IDeepCopier<NegotiationRules>
{
    public NegotiationRules? DeepCopy(NegotiationRules? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class SeatViewCopier : IDeepCopier<TechPact.Negotiation.Seats.SeatView>
{
    public TechPact.Negotiation.Seats.SeatView? DeepCopy(TechPact.Negotiation.Seats.SeatView? input, CopyContext context) => input;
}
