using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Protocols;

public class AlternatingOffersTests
{
    /// <summary>One issue, opposed linear negotiators, no noise: a case small enough to follow by hand.</summary>
    private static Scenario Duel(int maxRounds = 4) => new ScenarioBuilder()
        .Issue("x", [], "low", "mid", "high")
        .Country("A", 0.2, [1], [[0, 0.5, 1]])
        .Country("B", 0.2, [1], [[1, 0.5, 0]])
        .Rules(maxRounds: maxRounds, noise: 0, protocol: "alternating-offers")
        .Build();

    [Fact]
    public void Countries_speak_in_turn_and_settle_where_the_hand_computation_says()
    {
        // Round 1 (a = 0.8): A accepts its own favourite "high"; B counters with "low".
        // Round 2 (a = 0.6): A counters "high", B counters "low".
        // Round 3 (a = 0.4): A can now live with "mid" and offers it; B accepts (0.5 ≥ 0.4).
        var summit = SummitRunner.Run(Duel());

        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.Equal(3, summit.Round);
        Assert.Equal(1, summit.Agreement[0]);
        var offers = summit.Transcript.OfType<OfferTabled>().Select(o => (o.Round, o.Country, o.Offer[0])).ToList();
        Assert.Equal([(1, "B", 0), (2, "A", 2), (2, "B", 0), (3, "A", 1)], offers);
    }

    [Fact]
    public void Agreement_needs_everyone_to_accept_the_same_offer_in_succession()
    {
        var summit = SummitRunner.Run(Duel());
        var lastOffer = summit.Transcript.OfType<OfferTabled>().Last();
        var after = summit.Transcript.SkipWhile(e => e != lastOffer).OfType<CountryAnswered>().ToList();
        Assert.All(after, a => Assert.True(a.Move.Accepts));
        Assert.Equal(summit.Scenario.Countries.Length - 1, after.Count);
    }

    [Fact]
    public void Each_country_answers_once_per_round_in_table_order()
    {
        var summit = SummitRunner.Run(Duel(maxRounds: 2));
        var order = summit.Transcript.OfType<CountryAnswered>().Select(a => (a.Round, a.Move.Country)).ToList();
        Assert.Equal([(1, "A"), (1, "B"), (2, "A"), (2, "B")], order);
    }
}
