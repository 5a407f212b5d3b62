using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Negotiators.Acceptance;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Negotiators;

/// <summary>The acceptance strategies of Baarslag, Hindriks &amp; Jonker (2014), as the BOA player uses them.</summary>
public class AcceptanceTests
{
    private static AcceptanceInput Input(double time, double offer, double nextBid, double discount = 1,
        params (double Time, double Utility)[] earlier) => new(time, offer, nextBid, discount, earlier, Threshold: 0.9);

    [Fact]
    public void AC_next_accepts_what_is_at_least_its_own_next_bid_discounted_by_one_round_of_waiting()
    {
        var next = new AcNext();
        Assert.True(next.Accepts(Input(0.5, 0.7, 0.7)));
        Assert.False(next.Accepts(Input(0.5, 0.69, 0.7)));
        // Waiting a round for its 0.7 is worth 0.9 · 0.7 = 0.63 to a discounting country.
        Assert.True(next.Accepts(Input(0.5, 0.64, 0.7, discount: 0.9)));
        Assert.False(next.Accepts(Input(0.5, 0.62, 0.7, discount: 0.9)));
    }

    [Fact]
    public void AC_time_accepts_anything_after_its_time_and_nothing_before()
    {
        var time = new AcTime();
        Assert.False(time.Accepts(Input(0.85, 0.99, 0.2)));
        Assert.True(time.Accepts(Input(0.9, 0.01, 1)));
    }

    [Fact]
    public void AC_combi_adds_to_AC_next_the_best_offer_of_the_recent_window_after_its_time()
    {
        var combi = new AcCombi();
        Assert.True(combi.Accepts(Input(0.5, 0.8, 0.7)));                         // AC_next
        Assert.False(combi.Accepts(Input(0.5, 0.6, 0.7, 1, (0.4, 0.5))));          // before T
        // t = 0.92: the window reaches back to 0.84; 0.6 beats the 0.55 seen there (0.5 at t = 0.8 is outside it).
        Assert.True(combi.Accepts(Input(0.92, 0.6, 0.7, 1, (0.8, 0.65), (0.85, 0.55), (0.9, 0.5))));
        Assert.False(combi.Accepts(Input(0.92, 0.6, 0.7, 1, (0.85, 0.62))));
    }

    [Fact]
    public void A_discounting_country_settles_no_later_and_no_acceptance_strategy_takes_less_than_no_deal()
    {
        var patient = ScenarioBuilder.TwoParty().Rules(maxRounds: 20).Build();
        var hurried = patient with { Countries = [.. patient.Countries.Select(c => c with { Discount = 0.2 })] };
        var (slow, fast) = (SummitRunner.Run(patient), SummitRunner.Run(hurried));
        Assert.Equal(SummitStatus.Agreement, fast.Status);
        Assert.True(fast.Round <= slow.Round, $"discounting: round {fast.Round}, patient: round {slow.Round}");

        foreach (var name in AcceptanceCatalog.Names)
        {
            var scenario = patient with
            {
                Countries = [.. patient.Countries.Select(c => c with { Strategy = c.Strategy with { Acceptance = new AcceptanceSpec(name, 0.5) } })],
            };
            var summit = SummitRunner.Run(scenario);
            foreach (var answer in summit.Transcript.OfType<CountryAnswered>().Where(a => a.Move.Accepts))
                Assert.True(answer.Move.DraftUtility >= scenario.Countries[scenario.CountryIndex(answer.Move.Country)].Reservation);
        }
    }
}
