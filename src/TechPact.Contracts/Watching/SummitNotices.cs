using System.Collections.Immutable;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Watching;

/// <summary>A summit has opened: everything a watcher needs to follow it without asking the
/// summit again (the scenario names the issues, options and countries its rounds refer to).</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitAnnouncement")]
public sealed record SummitAnnouncement(
    string SummitId,
    Scenario Scenario,
    NegotiationRules Rules,
    ImmutableArray<TranscriptEvent> Opening);

/// <summary>A round has ended. <paramref name="NewEvents"/> are the transcript lines the round
/// wrote, starting at index <paramref name="TranscriptStart"/>, so a watcher that missed a notice
/// can tell and read the whole transcript from the summit instead.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitRoundNotice")]
public sealed record SummitRoundNotice(
    string SummitId,
    RoundView Round,
    int TranscriptStart,
    ImmutableArray<TranscriptEvent> NewEvents);

/// <summary>One line of the directory's list of summits.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitListing")]
public sealed record SummitListing(
    string SummitId,
    string ScenarioId,
    string Title,
    int Round,
    SummitStatus Status);
