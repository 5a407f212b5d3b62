namespace TechPact.Scenarios.Reports;

/// <summary>How a finished run ended, read off its transcript (the first and last events), so
/// reports need nothing but the scenario and the transcript.</summary>
public sealed record RunOutcome(string ScenarioId, long Seed, int Rounds, SummitStatus Status, Package Agreement,
    ImmutableArray<double> Utilities)
{
    /// <summary>Standards clubs on the issues the whole table left open, with who is in.</summary>
    public ImmutableArray<Club> Clubs { get; init; } = [];

    /// <summary>The deadline the run ended under (a fork may have moved it): the clock of discounting.</summary>
    public int MaxRounds { get; init; }

    /// <summary>The countries that left the summit, by id, with the round they left in. Their utility of the
    /// pact is still in <see cref="Utilities"/>, marked in every report as having left.</summary>
    public ImmutableDictionary<string, int> Departed { get; init; } = ImmutableDictionary<string, int>.Empty;

    public static RunOutcome FromTranscript(IEnumerable<TranscriptEvent> transcript)
    {
        var events = transcript as IReadOnlyList<TranscriptEvent> ?? transcript.ToList();
        var opened = events.OfType<SummitOpened>().FirstOrDefault()
                     ?? throw new ArgumentException("The transcript has no SummitOpened event.", nameof(transcript));
        var concluded = events.OfType<SummitConcluded>().LastOrDefault()
                        ?? throw new ArgumentException("The run has not concluded: no SummitConcluded event.", nameof(transcript));
        var maxRounds = events.OfType<SummitForked>().LastOrDefault()?.Rules.MaxRounds ?? opened.MaxRounds;
        return new RunOutcome(opened.Scenario, opened.Seed, concluded.Round, concluded.Status, concluded.Agreement,
            concluded.Utilities) { Clubs = concluded.Clubs, MaxRounds = maxRounds, Departed = EventEffects.Departures(events) };
    }

    /// <summary>Each country's utility discounted to the round the run ended, u · d^(round / deadline), when
    /// some country discounts; null when nobody does (then the utilities are the whole story).</summary>
    public ImmutableArray<double>? DiscountedUtilities(Scenario scenario) =>
        scenario.Countries.All(c => c.Discount >= 1) ? null
            : [.. scenario.Countries.Select((c, i) => Utilities[i] * Negotiation.Preferences.Utility.DiscountFactor(c, Rounds, MaxRounds))];

    /// <summary>The contract's words for a status: agreement | partial | no-agreement.</summary>
    public static string StatusName(SummitStatus status) => status switch
    {
        SummitStatus.Agreement => "agreement",
        SummitStatus.Partial => "partial",
        SummitStatus.NoAgreement => "no-agreement",
        _ => "running",
    };
}
