using TechPact.Negotiation.Analysis;
using TechPact.Negotiation.Classroom;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>One table to debrief: a summit's transcript (classroom seat markers allowed), read
/// into what the page prints. A table the instructor ended early has no pact: its last draft stands in.</summary>
public sealed class DebriefTable
{
    public DebriefTable(string name, Scenario opening, IReadOnlyList<TranscriptEvent> transcript, IReadOnlySet<string>? humans = null)
    {
        Name = name;
        Transcript = transcript;
        Humans = humans ?? new HashSet<string>();
        Final = EventEffects.ScenarioAfter(opening, transcript);
        Concluded = transcript.OfType<SummitConcluded>().LastOrDefault();
        Agreement = Concluded?.Agreement ?? transcript.OfType<DraftRevised>().LastOrDefault()?.Draft
            ?? transcript.OfType<SummitOpened>().First().Draft;
        Analysis = AnalysisCache.Shared.For(Final, Agreement);
        Utilities = [.. Final.Countries.Select(c => Negotiation.Preferences.Utility.Of(c, Agreement))];
        Rounds = transcript.OfType<CountryAnswered>().Select(a => a.Round).DefaultIfEmpty(0).Max();
    }

    public string Name { get; }
    public IReadOnlyList<TranscriptEvent> Transcript { get; }
    /// <summary>Countries played by students at this table.</summary>
    public IReadOnlySet<string> Humans { get; }
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

    /// <summary>Rounds in which the AI played a student's seat, by country.</summary>
    public ILookup<string, int> PlayedByAi => Transcript.OfType<SeatPlayedByAi>().ToLookup(m => m.Country, m => m.Round);

    /// <summary>Each country's utility of the draft it answered, by round (index 0 = round 1).</summary>
    public IReadOnlyList<double> UtilityPerRound(string country) =>
        [.. Transcript.OfType<CountryAnswered>().Where(a => a.Move.Country == country).OrderBy(a => a.Round).Select(a => a.Move.DraftUtility)];
}
