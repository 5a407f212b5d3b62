namespace TechPact.Contracts.Summits;

/// <summary>A summit's whole history, and so its stored state: the scenario and rules it opened
/// with and every transcript event since, in order. Append-only: each round adds events, none is
/// ever changed. The engine rebuilds the summit from it (<see cref="SummitReplay.Rebuild"/>).</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitLog")]
public sealed record SummitLog([Id(0)] Scenario Scenario, [Id(1)] NegotiationRules Rules, [Id(2)] ImmutableArray<TranscriptEvent> Transcript);
