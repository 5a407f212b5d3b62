using System.Collections.Immutable;
using TechPact.Contracts.Classroom;
using TechPact.Negotiation.Classroom;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Classroom;

/// <summary>A session in grain storage. The tables keep their engine transcripts, which rebuild
/// each summit exactly (<see cref="SummitReplay"/>): no engine object is stored besides them.</summary>
[GenerateSerializer, Alias("techpact.classroom.ClassroomState")]
public sealed class ClassroomState
{
    [Id(0)] public ClassroomSetup? Setup { get; set; }
    /// <summary>The scenario every table opens with: the loaded one with the instructor's AI strategies.</summary>
    [Id(1)] public Scenario? Prepared { get; set; }
    [Id(2)] public string InstructorToken { get; set; } = "";
    [Id(3)] public ClassroomStatus Status { get; set; }
    [Id(4)] public List<SeatState> Seats { get; set; } = [];
    [Id(5)] public List<TableState> Tables { get; set; } = [];
    [Id(6)] public int Version { get; set; }
}

[GenerateSerializer, Alias("techpact.classroom.SeatState")]
public sealed class SeatState
{
    [Id(0)] public int Table { get; set; }
    [Id(1)] public string Country { get; set; } = "";
    [Id(2)] public bool Human { get; set; }
    [Id(3)] public string? JoinCode { get; set; }
    [Id(4)] public string? Token { get; set; }
    [Id(5)] public bool Joined { get; set; }
}

[GenerateSerializer, Alias("techpact.classroom.TableState")]
public sealed class TableState
{
    [Id(0)] public int Table { get; set; }
    /// <summary>The engine's transcript (no seat markers): what rebuilds the summit.</summary>
    [Id(1)] public ImmutableArray<TranscriptEvent> Transcript { get; set; } = [];
    [Id(2)] public List<SeatPlayedByAi> Markers { get; set; } = [];
    /// <summary>This round's moves from human seats, validated when they were handed in.</summary>
    [Id(3)] public Dictionary<string, CountryMove> Moves { get; set; } = [];
    [Id(4)] public Dictionary<string, HumanSubmission> Answers { get; set; } = [];
    [Id(5)] public DateTimeOffset? Deadline { get; set; }
    [Id(6)] public TimeSpan? Remaining { get; set; }
    [Id(7)] public List<ScenarioEvent> Injects { get; set; } = [];
}
