namespace TechPact.Negotiation.Summits;

/// <summary>What-if forks: the same summit, from the round it has reached, under another seed or
/// with more scripted events. The history so far is kept as it is; only what comes next changes.</summary>
public sealed partial class Summit
{
    /// <summary>Continues this summit under <paramref name="rules"/> (a new seed, noise or deadline; the
    /// protocol stays) with <paramref name="extraEvents"/> appended to the scenario's script. Events
    /// for the next round fire at once, as the scenario's own did when the last round closed. An extra
    /// event named like a scripted event that has not fired yet replaces it (moves it).</summary>
    /// <remarks>Pure: the transcript records the fork as a <see cref="SummitForked"/> line, so a forked
    /// transcript rebuilds (<see cref="SummitReplay.Rebuild"/>) like any other.</remarks>
    public Summit Fork(NegotiationRules rules, IEnumerable<ScenarioEvent> extraEvents)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(extraEvents);
        if (IsOver)
            throw new InvalidOperationException($"The summit concluded in round {Round} ({Status}): fork it at an earlier round.");
        if (!BetweenRounds)
            throw new InvalidOperationException("A summit forks between rounds, not in the middle of one.");
        if (rules.Protocol != _protocol.Name)
            throw new ArgumentException($"A fork keeps the protocol ({_protocol.Name}); got '{rules.Protocol}'.", nameof(rules));
        if (rules.MaxRounds <= Round)
            throw new ArgumentException($"The fork's deadline ({rules.MaxRounds}) must be after round {Round}.", nameof(rules));

        var extra = extraEvents.ToImmutableArray();
        foreach (var e in extra)
            if (e.Round <= Round)
                throw new ArgumentException($"Event '{e.Id}' is set for round {e.Round}; the fork goes on from round {Round + 1}.", nameof(extraEvents));

        // An extra event with the id of a scripted one still to come takes its place (an instructor fired the
        // scenario's own shock early): it fires once, not again in its scripted round.
        var moved = extra.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var script = Scenario.Events.Where(e => e.Round <= Round || !moved.Contains(e.Id));
        // OrderBy is stable: at a round both scripts share, the scenario's own events fire first.
        var scenario = Scenario with { Events = [.. script.Concat(extra).OrderBy(e => e.Round)] };
        var state = State with { Transcript = State.Transcript.Add(new SummitForked(Round, Rules.Seed, rules, extra)) };
        var (setting, fired) = FireEvents(SettingFor(scenario, rules, Setting.Absent), state, Round + 1, _protocol, only: extra);
        return new Summit(setting, _protocol, fired);
    }
}
