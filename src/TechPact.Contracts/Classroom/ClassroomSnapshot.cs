using System.Collections.Immutable;
using TechPact.Negotiation.Classroom;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Classroom;

/// <summary>One seat as the console sees it. Join codes only reach the instructor; tokens never leave the grain.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.SeatInfo")]
public sealed record SeatInfo(int Table, string Country, bool Human, string? JoinCode, bool Joined, bool Submitted);

/// <summary>One table: its summit's transcript so far (with the seat markers) and its round clock.</summary>
/// <param name="Opening">The scenario the table opened with (strategies as the instructor chose).</param>
/// <param name="Deadline">When the open round closes; null while paused or when over.</param>
/// <param name="RemainingSeconds">While paused, how long the round will still run after resuming.</param>
/// <param name="PendingInjects">Events the instructor injected that fire when the next round opens.</param>
[GenerateSerializer, Immutable, Alias("techpact.classroom.TableSnapshot")]
public sealed record TableSnapshot(
    int Table,
    string SummitId,
    Scenario Opening,
    NegotiationRules Rules,
    ImmutableArray<TranscriptEvent> Transcript,
    DateTimeOffset? Deadline,
    double? RemainingSeconds,
    ImmutableArray<string> Submitted,
    ImmutableArray<string> PendingInjects);

/// <summary>A session as it stands: for the console all tables and codes; for a seat only its table, no codes.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.ClassroomSnapshot")]
public sealed record ClassroomSnapshot(
    string SessionId,
    string ScenarioId,
    string Title,
    ClassroomStatus Status,
    int DeadlineSeconds,
    int Version,
    DateTimeOffset Now,
    ImmutableArray<CountryPlan> Plan,
    ImmutableArray<TableSnapshot> Tables,
    ImmutableArray<SeatInfo> Seats);

/// <summary>What one seat may see of the session, and what it handed in for the open round.</summary>
[GenerateSerializer, Immutable, Alias("techpact.classroom.SeatSnapshot")]
public sealed record SeatSnapshot(ClassroomSnapshot Session, int Table, string Country, HumanSubmission? Submission);
