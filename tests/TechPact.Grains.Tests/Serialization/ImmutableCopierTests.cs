using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Tests.Serialization;

/// <summary>The engine's immutable values cross a call inside one silo as themselves: the copiers
/// in Contracts/Serialization are registered, and no surrogate round trip is made.</summary>
public sealed class ImmutableCopierTests
{
    private static readonly Scenario Scenario = SmallSummit.Create();

    [Fact]
    public void Immutable_engine_values_are_passed_not_copied()
    {
        Assert.Same(Scenario, Wire.DeepCopy(Scenario));
        Assert.Same(Scenario.Rules, Wire.DeepCopy(Scenario.Rules));
        var draft = SummitRunner.Run(Scenario).Draft;
        Assert.Same(draft, Wire.DeepCopy(draft));
    }
}
