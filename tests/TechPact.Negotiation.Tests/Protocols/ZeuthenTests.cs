using System.Collections.Immutable;
using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Protocols;

public class ZeuthenTests
{
    /// <summary>One issue, four options; A's values rise, B's fall, so the frontier is the whole
    /// ladder with surpluses (A, B) = (0, 1), (0.3, 0.9), (0.7, 0.5), (1, 0).</summary>
    private static Scenario Ladder() => new ScenarioBuilder()
        .Issue("x", [], "a", "b", "c", "d")
        .Country("A", 0, [1], [[0, 0.3, 0.7, 1]])
        .Country("B", 0, [1], [[1, 0.9, 0.5, 0]])
        .Rules(maxRounds: 20, noise: 0, protocol: "zeuthen")
        .Build();

    [Fact]
    public void The_country_with_less_to_lose_concedes_just_enough_and_they_meet_at_the_Nash_point()
    {
        // Round 1: A proposes d, B proposes a: both risks are 1, so in round 2 both concede just
        // enough: A to c (risk 1 − 0/0.7 … stays above B's), B to b. Round 3: B's b gives A 0.3,
        // A's c gives B 0.5: risks A (0.7 − 0.3)/0.7 = 0.571, B (0.9 − 0.5)/0.9 = 0.444, so B
        // concedes to c, which A proposes: they meet at c, the Nash point (0.7 · 0.5 = 0.35).
        var summit = SummitRunner.Run(Ladder());
        var proposals = summit.Transcript.OfType<CountryAnswered>().Select(a => (a.Round, a.Move.Country, a.Move.Proposal![0])).ToList();

        Assert.Equal([(1, "A", 3), (1, "B", 0), (2, "A", 2), (2, "B", 1), (3, "A", 2), (3, "B", 2)], proposals);
        Assert.Equal(SummitStatus.Agreement, summit.Status);
        Assert.Equal(OutcomeAnalyzer.Analyze(Ladder()).Nash!.Package, summit.Agreement);
    }

    [Fact]
    public void Proposals_never_rise_in_their_own_makers_utility()
    {
        var summit = SummitRunner.Run(Ladder());
        foreach (var country in summit.Scenario.Countries)
        {
            var own = summit.Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == country.Id)
                .Select(a => Utility.Of(country, a.Move.Proposal!)).ToList();
            Assert.True(own.Zip(own.Skip(1)).All(p => p.Second <= p.First + 1e-12), string.Join(", ", own));
        }
    }

    /// <summary>Harsanyi's result on many small seeded random two-party spaces (2–3 issues, 2–4
    /// options, random weights, values and reservations): every run ends at the Nash product maximum.</summary>
    [Fact]
    public void Two_parties_end_at_the_Nash_product_maximum_on_random_spaces()
    {
        for (var trial = 0; trial < 200; trial++)
        {
            var scenario = RandomTwoParty(trial);
            var nash = OutcomeAnalyzer.Analyze(scenario).Nash;
            if (nash is null) continue;
            var summit = SummitRunner.Run(scenario);
            Assert.Equal(SummitStatus.Agreement, summit.Status);
            var reached = summit.UtilitiesOf(summit.Agreement);
            Assert.Equal(Product(scenario, nash.Utilities), Product(scenario, reached), 12);
        }
    }

    private static double Product(Scenario scenario, IReadOnlyList<double> utilities) =>
        utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b);

    private static Scenario RandomTwoParty(int trial)
    {
        var random = DeterministicRandom.For(trial, "zeuthen-test", 0);
        var issueCount = 2 + random.NextInt(2);
        var optionCount = 2 + random.NextInt(3);
        var builder = new ScenarioBuilder();
        for (var i = 0; i < issueCount; i++)
            builder.Issue($"i{i}", [], [.. Enumerable.Range(0, optionCount).Select(o => $"o{o}")]);
        foreach (var id in new[] { "A", "B" })
            builder.Country(id, 0.3 * random.NextDouble(),
                [.. Enumerable.Range(0, issueCount).Select(_ => 0.1 + random.NextDouble())],
                [.. Enumerable.Range(0, issueCount).Select(_ => Enumerable.Range(0, optionCount).Select(_ => random.NextDouble()).ToArray())]);
        return builder.Rules(maxRounds: 200, noise: 0, protocol: "zeuthen").Build();
    }
}
