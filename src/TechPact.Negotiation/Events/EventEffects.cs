using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Events;

/// <summary>Applies an event's effects to the scenario (and to commitments, for red lines and
/// new parties). Pure: returns the changed values.</summary>
public static class EventEffects
{
    public static (Scenario Scenario, ImmutableArray<ImmutableArray<OptionSet>> Commitments) Apply(
        ScenarioEvent evt, Scenario scenario, ImmutableArray<ImmutableArray<OptionSet>> commitments)
    {
        foreach (var effect in evt.Effects)
        {
            if (effect is PartyJoins joins)
            {
                scenario = scenario with { Countries = scenario.Countries.Add(joins.Country) };
                commitments = commitments.Add([.. Enumerable.Repeat(OptionSet.Empty, scenario.Issues.Length)]);
                continue;
            }
            var c = CountryIndex(scenario, effect);
            var profile = Change(scenario.Countries[c], effect);
            scenario = scenario with { Countries = scenario.Countries.SetItem(c, profile) };
            if (effect is RedLineAdded added)
                commitments = commitments.SetItem(c, commitments[c].SetItem(added.Issue,
                    commitments[c][added.Issue].Except(OptionSet.Of(added.Option))));
        }
        return (scenario, commitments);
    }

    /// <summary>The table as the transcript leaves it: the scenario with every fired event applied
    /// (a party that joined is at the table only in this one).</summary>
    public static Scenario ScenarioAfter(Scenario scenario, IEnumerable<TranscriptEvent> transcript)
    {
        foreach (var fired in transcript.OfType<EventFired>())
            (scenario, _) = Apply(fired.Event, scenario, NoCommitments(scenario));
        return scenario;
    }

    private static ImmutableArray<ImmutableArray<OptionSet>> NoCommitments(Scenario scenario) =>
        [.. scenario.Countries.Select(_ => scenario.Issues.Select(_ => OptionSet.Empty).ToImmutableArray())];

    private static CountryProfile Change(CountryProfile p, EventEffect effect) => effect switch
    {
        PriorityChange e => p with { Weights = Reweigh(p.Weights, e.Issue, e.Weight) },
        StrengthChange e => p with { Strengths = p.Strengths.SetItem(e.Area, e.Strength) },
        ReservationChange e => p with { Reservation = e.Reservation },
        RedLineAdded e => p with { RedLines = p.RedLines.SetItem(e.Issue, p.RedLines[e.Issue].With(e.Option)) },
        RedLineLifted e => p with { RedLines = p.RedLines.SetItem(e.Issue, p.RedLines[e.Issue].Except(OptionSet.Of(e.Option))) },
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name),
    };

    private static ImmutableArray<double> Reweigh(ImmutableArray<double> weights, int issue, double weight)
    {
        var others = weights.Sum() - weights[issue];
        var scale = others > 0 ? (1 - weight) / others : 0;
        return [.. weights.Select((w, i) => i == issue ? weight : w * scale)];
    }

    private static int CountryIndex(Scenario scenario, EventEffect effect)
    {
        var id = effect switch
        {
            PriorityChange e => e.Country,
            StrengthChange e => e.Country,
            ReservationChange e => e.Country,
            RedLineAdded e => e.Country,
            RedLineLifted e => e.Country,
            _ => throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name),
        };
        var c = scenario.CountryIndex(id);
        return c >= 0 ? c : throw new ArgumentException($"Event effect names unknown country '{id}'.", nameof(effect));
    }
}
