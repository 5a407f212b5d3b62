namespace TechPact.Negotiation.Seats;

/// <summary>Builds a <see cref="SeatView"/> from the summit, field by field from public facts and
/// the seat's own brief: nothing is copied from another country's profile.</summary>
public static class SeatViews
{
    public static SeatView For(Summit summit, int country)
    {
        var scenario = summit.Scenario;
        var me = scenario.Countries[country];
        var lastRound = summit.Transcript.OfType<CountryAnswered>()
            .Where(a => a.Round == summit.Round)
            .ToDictionary(a => a.Move.Country, a => new PublicAnswer(a.Round, a.Move.Accepts, a.Move.Amendments), StringComparer.Ordinal);
        var table = scenario.Countries.Select((c, i) => new PublicSeat(c.Id, c.Name, summit.Commitments[i], lastRound.GetValueOrDefault(c.Id)));
        var events = summit.Transcript.OfType<EventFired>().Select(f => new PublicEvent(f.Round, f.Event.Id, f.Event.Title));
        return new SeatView(me.Id, summit.IsOver ? summit.Round : summit.Round + 1, summit.Rules.MaxRounds, summit.Rules.Protocol,
            summit.Status, scenario.Issues, me, summit.IsOver ? summit.Agreement : summit.Draft, Converged(summit),
            [.. table], summit.State.Clubs, [.. events]);
    }

    /// <summary>Where everyone's public commitments meet, issue by issue.</summary>
    private static ImmutableArray<bool> Converged(Summit summit) =>
        [.. summit.Scenario.Issues.Select((issue, i) => summit.Commitments.Length > 0 &&
            summit.Commitments.Aggregate(All(issue), (set, c) => set.Intersect(c[i])) is { IsEmpty: false })];

    private static OptionSet All(Issue issue) =>
        new(issue.Options.Length == OptionSet.Capacity ? ulong.MaxValue : (1UL << issue.Options.Length) - 1);
}
