using System.Collections.Immutable;
using TechPact.Negotiation.Protocols.Text;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Properties;

/// <summary>The mediator uses only what is said at the table: its texts never depend on a country's
/// confidential issue weights — not the opening text, and not any revision, given what the countries said.</summary>
public class MediatorProperties
{
    public const int Trials = 2000;

    [Fact]
    public void Changing_only_a_countrys_confidential_weights_leaves_the_mediators_texts_unchanged()
    {
        for (var trial = 0; trial < Trials; trial++)
        {
            var scenario = RandomDomains.Create(trial, NegotiationRules.SingleNegotiatingText);
            var random = DeterministicRandom.For(trial, "reweigh", 0);
            var c = random.NextInt(scenario.Countries.Length);
            var reweighed = scenario with
            {
                Countries = scenario.Countries.SetItem(c, scenario.Countries[c] with
                {
                    Weights = Normalised([.. scenario.Issues.Select(_ => 0.05 + random.NextDouble())]),
                }),
            };
            var opened = Summit.Open(scenario, scenario.Rules);
            Assert.Equal(opened.Draft, Summit.Open(reweighed, reweighed.Rules).Draft);

            // Round 1's revision, from the same answers: the mediator hears the same things, so it drafts the same text.
            var context = opened.NextRound();
            var moves = opened.Briefs().Select(b => new Negotiation.Negotiators.CountryNegotiator(b).Respond(context)).ToArray();
            Assert.Equal(Mediator.Revise(RandomDomains.Setting(scenario), opened.Draft, moves, []), Mediator.Revise(RandomDomains.Setting(reweighed), opened.Draft, moves, []));
        }
    }

    private static ImmutableArray<double> Normalised(ImmutableArray<double> weights) => [.. weights.Select(w => w / weights.Sum())];
}
