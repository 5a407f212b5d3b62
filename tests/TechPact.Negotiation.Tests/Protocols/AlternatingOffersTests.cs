using TechPact.Negotiation.Protocols.Offers;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Protocols;

public class AlternatingOffersTests
{
    /// <summary>One issue, opposed linear negotiators, no noise: a case small enough to follow by hand.</summary>
    private static Scenario Duel(long seed = 7, int maxRounds = 4) => new ScenarioBuilder()
        .Issue("x", [], "low", "mid", "high")
        .Country("A", 0.2, [1], [[0, 0.5, 1]])
        .Country("B", 0.2, [1], [[1, 0.5, 0]])
        .Rules(seed, maxRounds: maxRounds, noise: 0, protocol: "alternating-offers")
        .Build();

    private static Scenario Trio(long seed) => new ScenarioBuilder()
        .Issue("x", [], "low", "mid", "high")
        .Country("A", 0.2, [1], [[0, 0.5, 1]])
        .Country("B", 0.2, [1], [[1, 0.5, 0]])
        .Country("C", 0.2, [1], [[0.5, 1, 0.5]])
        .Rules(seed, maxRounds: 3, noise: 0, protocol: "alternating-offers")
        .Build();

    [Fact]
    public void The_seed_draws_the_first_mover_and_the_transcript_says_who_it_is()
    {
        var firsts = new HashSet<string>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var summit = SummitRunner.Run(Duel(seed));
            var opened = summit.Transcript.OfType<SummitOpened>().Single();
            var first = summit.Transcript.OfType<CountryAnswered>().First().Move.Country;
            Assert.Equal(opened.FirstMover, first);
            firsts.Add(first);
        }
        Assert.Equal(["A", "B"], firsts.Order());
    }

    [Fact]
    public void The_speaking_order_moves_on_one_seat_each_round()
    {
        var summit = SummitRunner.Run(Trio(3));
        var first = Array.IndexOf(["A", "B", "C"], summit.Transcript.OfType<SummitOpened>().Single().FirstMover);
        foreach (var round in summit.Transcript.OfType<CountryAnswered>().GroupBy(a => a.Round))
        {
            var expected = Enumerable.Range(0, round.Count()).Select(k => "ABC"[AlternatingOffers.Speaker(first, round.Key, k, 3)].ToString());
            Assert.Equal(expected, round.Select(a => a.Move.Country));
        }
    }

    [Fact]
    public void Countries_speak_in_turn_and_settle_where_the_hand_computation_says()
    {
        var summit = SummitRunner.Run(Duel());
        Assert.Equal("B", summit.Transcript.OfType<SummitOpened>().Single().FirstMover);
        // The seed lets B speak first: it opens on its favourite "low" and accepts it (a = 0.8).
        // A (a = 0.8) counters "high". Round 2 starts with A (the order moves on): A holds "high"
        // (accepting its own standing offer), B (a = 0.6) counters "low". Round 3, B first: "low" stands
        // (B accepts), A (a = 0.4) can live with "mid" and offers it. Round 4: B takes "mid" (0.5 ≥ 0.2).
        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.Equal(1, summit.Agreement[0]);
        var offers = summit.Transcript.OfType<OfferTabled>().Select(o => (o.Round, o.Country, o.Offer[0])).ToList();
        Assert.Equal([(1, "A", 2), (2, "B", 0), (3, "A", 1)], offers);
    }

    [Fact]
    public void Agreement_needs_everyone_to_accept_the_same_offer_in_succession()
    {
        var summit = SummitRunner.Run(Duel());
        var lastOffer = summit.Transcript.OfType<OfferTabled>().Last();
        var after = summit.Transcript.SkipWhile(e => e != lastOffer).OfType<CountryAnswered>().ToList();
        Assert.All(after, a => Assert.True(a.Move.Accepts));
        // Every other country accepted it after it was made (with the order moving on, its maker may say yes again first).
        var others = summit.Scenario.Countries.Select(c => c.Id).Where(id => id != lastOffer.Country);
        Assert.Subset(after.Select(a => a.Move.Country).ToHashSet(), others.ToHashSet());
    }
}
