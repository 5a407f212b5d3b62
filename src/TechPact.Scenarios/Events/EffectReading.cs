namespace TechPact.Scenarios.Events;

/// <summary>What reading one event's effects needs: the agenda and the table they refer to, the
/// event's name for messages (<c>event 'shock'</c>), and where problems are reported.</summary>
/// <param name="Round">The round the event fires in, when it could be read.</param>
internal sealed record EffectReading(Agenda Agenda, Roster Roster, Values Values, string Event, int? Round = null)
{
    /// <summary>When the event fires, for messages: "in round 4 (event 'walkout')".</summary>
    public string When => Round is { } round ? $"in round {round} ({Event})" : $"in {Event}";
}
