namespace TechPact.Contracts.Summits;

/// <summary>Where one country stands after a round: how it rates the draft it answered and
/// whether it accepted it.</summary>
[GenerateSerializer, Immutable, Alias("techpact.CountryStanding")]
public sealed record CountryStanding([Id(0)] string CountryId, [Id(1)] string Name, [Id(2)] double DraftUtility, [Id(3)] bool Accepts, [Id(4)] double Reservation)
{
    /// <summary>The country walked out (a <c>leave</c> effect): its seat is empty from that round on.</summary>
    [Id(5)] public bool Left { get; init; }
}

/// <summary>What one round did: every country's answer, the issues that have converged, and
/// the draft the mediator tables next (or the pact, when the round concluded the summit).</summary>
/// <remarks><see cref="SeatLines"/>: the round's seat lines (a seat the AI played and why, a seat that
/// changed hands), so a console can say so as the round lands.</remarks>
[GenerateSerializer, Immutable, Alias("techpact.RoundView")]
public sealed record RoundView(
    [Id(0)] int Round,
    [Id(1)] SummitStatus Status,
    [Id(2)] ImmutableArray<CountryStanding> Countries,
    [Id(3)] ImmutableArray<string> ConvergedIssues,
    [Id(4)] Package Draft)
{
    [Id(10)] public ImmutableArray<TranscriptEvent> SeatLines { get; init; } = [];
}

/// <summary>A summit at a glance, for the CLI and the UI.</summary>
/// <param name="Round">Rounds completed.</param>
/// <param name="Countries">Standings after the last round (before round 1: utility of the opening draft, no acceptance).</param>
/// <param name="Agreement">The pact once concluded (open issues as <see cref="Package.Open"/>); all open before.</param>
/// <param name="AgreementUtilities">Each country's utility of <paramref name="Agreement"/>, in scenario order.</param>
[GenerateSerializer, Immutable, Alias("techpact.SummitView")]
public sealed record SummitView(
    [Id(0)] string SummitId,
    [Id(1)] string ScenarioId,
    [Id(2)] string Title,
    [Id(3)] int Round,
    [Id(4)] int MaxRounds,
    [Id(5)] SummitStatus Status,
    [Id(6)] Package Draft,
    [Id(7)] ImmutableArray<CountryStanding> Countries,
    [Id(8)] ImmutableArray<string> ConvergedIssues,
    [Id(9)] Package Agreement,
    [Id(10)] ImmutableArray<double> AgreementUtilities)
{
    public bool IsOver => Status != SummitStatus.Running;

    /// <summary>Who plays each country now, in table order.</summary>
    [Id(20)] public ImmutableArray<SeatSpec> Seats { get; init; } = [];

    /// <summary>The round clock (open round, deadline, pause).</summary>
    [Id(21)] public RoundClockView? Clock { get; init; }

    /// <summary>Outside seats that have not answered the open round yet.</summary>
    [Id(22)] public ImmutableArray<string> Waiting { get; init; } = [];

    /// <summary>Changes with every round, submission and clock change (see <see cref="ISummitGrain.WaitForChange"/>).</summary>
    [Id(23)] public int Version { get; init; }

    /// <summary>The summit was stopped before its end (an instructor ended the session).</summary>
    [Id(24)] public bool Stopped { get; init; }

    /// <summary>Titles of injected events that fire when the next round opens.</summary>
    [Id(25)] public ImmutableArray<string> PendingEvents { get; init; } = [];

    /// <summary>Who hands the seats out (a classroom), when not anyone (see <see cref="Seats.SeatPlan.Owner"/>).</summary>
    [Id(26)] public string? Owner { get; init; }
}
