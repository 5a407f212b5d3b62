namespace TechPact.Negotiation.Events;

/// <summary>Applies an event's effects to the scenario (and to commitments, for red lines and
/// new parties; to the absent seats, for a party leaving). Pure: returns the changed values.</summary>
public static class EventEffects
{
    /// <param name="absent">The seats whose country has left (<see cref="Protocols.SummitSetting.Absent"/>): a
    /// country that leaves keeps its seat, so no index into the table moves.</param>
    public static (Scenario Scenario, ImmutableArray<ImmutableArray<OptionSet>> Commitments, ImmutableSortedSet<int> Absent) Apply(
        ScenarioEvent evt, Scenario scenario, ImmutableArray<ImmutableArray<OptionSet>> commitments, ImmutableSortedSet<int> absent)
    {
        foreach (var effect in evt.Effects)
        {
            if (effect.Departing is { } leaving)
            {
                var seat = scenario.CountryIndex(leaving);
                if (seat < 0) throw new ArgumentException($"Event effect names unknown country '{leaving}'.", nameof(evt));
                if (absent.Contains(seat)) throw new ArgumentException($"'{leaving}' has already left the summit.", nameof(evt));
                absent = absent.Add(seat);
                // The loader refuses such an event; this guards the engine against one built in code.
                if (scenario.Countries.Length - absent.Count < 2)
                    throw new ArgumentException($"'{leaving}' cannot leave: a summit needs two countries at the table.", nameof(evt));
                continue;
            }
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
        return (scenario, commitments, absent);
    }

    /// <summary>The table as the transcript leaves it: the scenario with every fired event applied
    /// (a party that joined is at the table only in this one).</summary>
    public static Scenario ScenarioAfter(Scenario scenario, IEnumerable<TranscriptEvent> transcript)
    {
        foreach (var fired in transcript.OfType<EventFired>())
            (scenario, _, _) = Apply(fired.Event, scenario, NoCommitments(scenario), []);
        return scenario;
    }

    /// <summary>Who left the summit, and in which round, by country id: what reports mark beside a
    /// departed country's utility (which is still reported: the pact is measured for everyone).</summary>
    public static ImmutableDictionary<string, int> Departures(IEnumerable<TranscriptEvent> transcript)
    {
        var departed = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var fired in transcript.OfType<EventFired>())
            foreach (var effect in fired.Event.Effects)
                if (effect.Departing is { } country) departed.TryAdd(country, fired.Round);
        return departed.ToImmutable();
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
