namespace TechPact.Negotiation.Standings;

/// <summary>Where a summit stands after a round: the one model every edge reads (the CLI's round table,
/// the grain's views, the API, the live page, the classroom console). Derived here, once; the edges only
/// pick fields and rename them for their own JSON or wire.</summary>
/// <param name="Round">Rounds completed.</param>
/// <param name="Table">The table the lines are measured on (events may have changed it).</param>
/// <param name="Draft">The text each line's <see cref="StandingLine.Utility"/> is of.</param>
/// <param name="Converged">Per issue, whether it had converged at the last revision of the draft (empty before one).</param>
/// <param name="Agreement">The pact once concluded (open issues as <see cref="Package.Open"/>); null while running.</param>
/// <param name="AgreementUtilities">Each country's utility of <paramref name="Agreement"/>, in table order; empty while running.</param>
public sealed record Standing(
    int Round,
    SummitStatus Status,
    Scenario Table,
    Package Draft,
    ImmutableArray<bool> Converged,
    Package? Agreement,
    ImmutableArray<double> AgreementUtilities,
    ImmutableArray<StandingLine> Countries)
{
    public bool IsOver => Status != SummitStatus.Running;

    /// <summary>The ids of the issues that have converged, in agenda order.</summary>
    public ImmutableArray<string> ConvergedIssues =>
        [.. Table.Issues.Where((_, i) => i < Converged.Length && Converged[i]).Select(issue => issue.Id)];

    /// <summary>A summit as it is now (what its grain holds): its own table, draft and pact.</summary>
    public static Standing Of(Summit summit) =>
        Build(summit.Scenario, summit.Transcript, summit.Round, summit.Status, summit.Draft,
            summit.IsOver ? summit.Agreement : null, summit.IsOver ? summit.UtilitiesOf(summit.Agreement) : []);

    /// <summary>A summit as its transcript tells it up to and including <paramref name="round"/> (what a
    /// replica or a report holds): the table after the events fired so far, the last text tabled
    /// (the pact once concluded).</summary>
    public static Standing After(Scenario opening, IReadOnlyList<TranscriptEvent> transcript, int round)
    {
        var upTo = transcript.Where(e => e.Round <= round).ToList();
        var table = EventEffects.ScenarioAfter(opening, upTo);
        var concluded = upTo.OfType<SummitConcluded>().LastOrDefault();
        var draft = concluded?.Agreement ?? upTo.OfType<DraftRevised>().LastOrDefault()?.Draft ?? upTo.OfType<SummitOpened>().FirstOrDefault()?.Draft
            ?? Package.AllOpen(table.Issues.Length);
        ImmutableArray<double> utilities = concluded is null ? [] :
            [.. table.Countries.Select((c, i) => i < concluded.Utilities.Length ? concluded.Utilities[i] : Utility.Of(c, concluded.Agreement))];
        return Build(table, upTo, round, concluded?.Status ?? SummitStatus.Running, draft, concluded?.Agreement, utilities);
    }

    private static Standing Build(Scenario table, IReadOnlyList<TranscriptEvent> transcript, int round, SummitStatus status,
        Package draft, Package? agreement, ImmutableArray<double> agreementUtilities)
    {
        var latest = new Dictionary<string, CountryMove>(StringComparer.Ordinal);
        DraftRevised? revised = null;
        foreach (var e in transcript)
        {
            if (e is CountryAnswered answered && answered.Round <= round) latest[answered.Move.Country] = answered.Move;
            else if (e is DraftRevised r && r.Round <= round) revised = r;
        }
        var departed = EventEffects.Departures(transcript);
        var lines = table.Countries.Select(c =>
        {
            var last = latest.GetValueOrDefault(c.Id);
            return new StandingLine(c, Utility.Of(c, draft), last is { } m && m.Round == round ? m : null, last, departed.TryGetValue(c.Id, out var left) && left <= round);
        });
        return new Standing(round, status, table, draft, revised?.Converged ?? [], agreement, agreementUtilities, [.. lines]);
    }
}

/// <summary>One country's line in a <see cref="Standing"/>.</summary>
/// <param name="Utility">Its utility of the standing's draft.</param>
/// <param name="Answer">Its answer in the standing's round; null when it gave none (before round 1, or not its turn).</param>
/// <param name="LastAnswer">Its latest answer up to that round (what it has committed to).</param>
/// <param name="Left">It walked out in or before that round: its seat is empty, it neither accepts nor rejects.</param>
public sealed record StandingLine(CountryProfile Country, double Utility, CountryMove? Answer, CountryMove? LastAnswer, bool Left)
{
    public bool Accepts => Answer?.Accepts ?? false;

    /// <summary>How it rated the draft it answered (the text before the round's revision); before it
    /// answered, how it rates the standing's draft.</summary>
    public double AnsweredUtility => Answer?.DraftUtility ?? Utility;
}
