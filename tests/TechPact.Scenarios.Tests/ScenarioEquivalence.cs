using TechPact.Negotiation.Events;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Tests;

/// <summary>Structural equality for scenarios: the records hold ImmutableArrays, whose own
/// equality is by reference. Weights get a one-ulp-scale tolerance because re-normalising
/// already normalised weights divides by a sum that may miss 1 in the last bit.</summary>
internal static class ScenarioEquivalence
{
    private const double WeightTolerance = 1e-15;

    public static void AssertEquivalent(Scenario expected, Scenario actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Rules, actual.Rules);
        Assert.Equal(expected.Issues.Length, actual.Issues.Length);
        for (var i = 0; i < expected.Issues.Length; i++) AssertEquivalent(expected.Issues[i], actual.Issues[i]);
        Assert.Equal(expected.Countries.Length, actual.Countries.Length);
        for (var c = 0; c < expected.Countries.Length; c++) AssertEquivalent(expected.Countries[c], actual.Countries[c]);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Logrolling, actual.Logrolling);
        Assert.Equal(expected.ClubThreshold, actual.ClubThreshold);
        Assert.Equal(expected.Tracks.Select(t => (t.Id, t.Title, string.Join(",", t.Countries), string.Join(",", t.Issues))),
            actual.Tracks.Select(t => (t.Id, t.Title, string.Join(",", t.Countries), string.Join(",", t.Issues))));
        Assert.Equal(expected.Events.Length, actual.Events.Length);
        for (var e = 0; e < expected.Events.Length; e++) AssertEquivalent(expected.Events[e], actual.Events[e]);
    }

    private static void AssertEquivalent(ScenarioEvent expected, ScenarioEvent actual)
    {
        Assert.Equal((expected.Round, expected.Id, expected.Title), (actual.Round, actual.Id, actual.Title));
        Assert.Equal(expected.Effects.Length, actual.Effects.Length);
        for (var i = 0; i < expected.Effects.Length; i++)
        {
            if (expected.Effects[i] is PartyJoins joins)
                AssertEquivalent(joins.Country, Assert.IsType<PartyJoins>(actual.Effects[i]).Country);
            else
                Assert.Equal(expected.Effects[i], actual.Effects[i]);
        }
    }

    private static void AssertEquivalent(Issue expected, Issue actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Areas.ToArray(), actual.Areas.ToArray());
        Assert.Equal(expected.Options.ToArray(), actual.Options.ToArray());
    }

    private static void AssertEquivalent(CountryProfile expected, CountryProfile actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Strengths.ToArray(), actual.Strengths.ToArray());
        Assert.Equal(expected.Weights.Length, actual.Weights.Length);
        for (var i = 0; i < expected.Weights.Length; i++)
            Assert.Equal(expected.Weights[i], actual.Weights[i], WeightTolerance);
        Assert.Equal(expected.Values.Select(v => v.ToArray()), actual.Values.Select(v => v.ToArray()));
        Assert.Equal(expected.RedLines.ToArray(), actual.RedLines.ToArray());
        Assert.Equal(expected.Reservation, actual.Reservation);
        Assert.Equal(expected.Strategy, actual.Strategy);
    }
}
