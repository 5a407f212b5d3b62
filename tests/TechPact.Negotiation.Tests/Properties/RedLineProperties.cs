using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Properties;

/// <summary>Red lines are hard constraints under every protocol, and every ending says what it is: on
/// thousands of seeded random domains (2–6 parties, with red lines), no pact of any status holds an
/// option some country has ruled out; an agreement is complete and worth at least no deal to everyone;
/// a partial pact leaves at least one issue open.</summary>
public class RedLineProperties
{
    public const int Trials = 1000;

    [Theory]
    [InlineData(NegotiationRules.SingleNegotiatingText)]
    [InlineData("partial-consensus")]
    [InlineData("alternating-offers")]
    [InlineData("zeuthen")]
    public void No_pact_crosses_a_red_line_and_every_status_matches_its_pact(string protocol)
    {
        for (var trial = 0; trial < Trials; trial++)
        {
            var scenario = RandomDomains.Create(trial, protocol);
            var summit = SummitRunner.Run(scenario);
            var pact = summit.Agreement;
            var where = $"trial {trial} ({scenario.Countries.Length} parties, {protocol}): {summit.Status} {pact}";
            Assert.False(RandomDomains.CrossesAnyRedLine(summit.Scenario, pact), "red line crossed, " + where);
            switch (summit.Status)
            {
                case SummitStatus.Agreement:
                    Assert.True(pact.IsComplete, "agreement with open issues, " + where);
                    Assert.All(summit.Scenario.Countries, c => Assert.True(Utility.Of(c, pact) >= c.Reservation - 1e-12, $"{c.Id} below reservation, " + where));
                    break;
                case SummitStatus.Partial:
                    Assert.Contains(Package.Open, pact.Choices);
                    Assert.Contains(pact.Choices, o => o != Package.Open);
                    break;
                case SummitStatus.NoAgreement:
                    Assert.All(pact.Choices, o => Assert.Equal(Package.Open, o));
                    break;
                default:
                    Assert.Fail("the summit did not end, " + where);
                    break;
            }
        }
    }
}
