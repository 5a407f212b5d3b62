using TechPact.Contracts.Summits;

namespace TechPact.Contracts.Watching;

/// <summary>A summit has opened: everything a watcher needs to follow it without asking the
/// summit again (the scenario names the issues, options and countries its rounds refer to).</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitAnnouncement")]
public sealed record SummitAnnouncement(
    [Id(0)] string SummitId,
    [Id(1)] Scenario Scenario,
    [Id(2)] NegotiationRules Rules,
    [Id(3)] ImmutableArray<TranscriptEvent> Opening);

/// <summary>A round has ended. <paramref name="NewEvents"/> are the transcript lines the round
/// wrote, starting at index <paramref name="TranscriptStart"/>, so a watcher that missed a notice
/// can tell and read the whole transcript from the summit instead.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitRoundNotice")]
public sealed record SummitRoundNotice(
    [Id(0)] string SummitId,
    [Id(1)] RoundView Round,
    [Id(2)] int TranscriptStart,
    [Id(3)] ImmutableArray<TranscriptEvent> NewEvents);

/// <summary>One line of the directory's list of summits.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitListing")]
public sealed record SummitListing(
    [Id(0)] string SummitId,
    [Id(1)] string ScenarioId,
    [Id(2)] string Title,
    [Id(3)] int Round,
    [Id(4)] SummitStatus Status);
