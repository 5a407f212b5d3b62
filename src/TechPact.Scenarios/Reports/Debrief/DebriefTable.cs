namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>One table to debrief: a summit's transcript (seat lines included), read into what the
/// page prints. A table the instructor ended early has no pact: its last draft stands in.</summary>
public sealed class DebriefTable
{
    public DebriefTable(string name, Scenario opening, IReadOnlyList<TranscriptEvent> transcript)
    {
        Name = name;
        Transcript = transcript;
        Seats = transcript.OfType<SeatTaken>().ToLookup(t => t.Country);
        Final = EventEffects.ScenarioAfter(opening, transcript);
        Concluded = transcript.OfType<SummitConcluded>().LastOrDefault();
        Agreement = Concluded?.Agreement ?? transcript.OfType<DraftRevised>().LastOrDefault()?.Draft
            ?? transcript.OfType<SummitOpened>().First().Draft;
        Analysis = AnalysisCache.Shared.For(Final, Agreement);
        Utilities = [.. Final.Countries.Select(c => Negotiation.Preferences.Utility.Of(c, Agreement))];
        Rounds = transcript.OfType<CountryAnswered>().Select(a => a.Round).DefaultIfEmpty(0).Max();
        Departed = EventEffects.Departures(transcript);
    }

    /// <summary>The countries that left the summit, with the round they left in (their utility is still shown).</summary>
    public ImmutableDictionary<string, int> Departed { get; }

    public string Name { get; }
    public IReadOnlyList<TranscriptEvent> Transcript { get; }
    /// <summary>Every change of hands of a seat held by a person or an agent at some point, by country.</summary>
    public ILookup<string, SeatTaken> Seats { get; }

    /// <summary>Whether a person or an agent held the country's seat at some point.</summary>
    public bool PlayedFromOutside(string country) => Seats[country].Any(t => t.Kind != SeatKind.Strategy);
    /// <summary>The table at the end: events may have moved priorities and reservations.</summary>
    public Scenario Final { get; }
    public SummitConcluded? Concluded { get; }
    public Package Agreement { get; }
    public OutcomeAnalysis Analysis { get; }
    public IReadOnlyList<double> Utilities { get; }
    public int Rounds { get; }

    public string StatusText => Concluded is null
        ? $"Ended by the instructor after round {Rounds}: no pact (the last draft is shown)"
        : Concluded.Status switch
        {
            SummitStatus.Agreement => $"Pact agreed in round {Concluded.Round}",
            SummitStatus.Partial => $"Partial pact at the deadline (round {Concluded.Round})",
            _ => $"No agreement (round {Concluded.Round})",
        };

    /// <summary>Rounds in which the AI played a person's or agent's seat, and why, by country.</summary>
    public ILookup<string, SeatPlayedByAi> PlayedByAi => Transcript.OfType<SeatPlayedByAi>().ToLookup(m => m.Country);

    /// <summary>Each country's utility of the draft it answered, by round (index 0 = round 1).</summary>
    public IReadOnlyList<double> UtilityPerRound(string country) =>
        [.. Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == country).OrderBy(a => a.Round).Select(a => a.Move.DraftUtility)];
}
