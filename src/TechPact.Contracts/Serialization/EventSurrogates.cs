namespace TechPact.Contracts.Serialization;

// Scripted injects and their effects. Like transcript events, the abstract EventEffect needs no
// converter of its own: each concrete effect is written with its runtime type.

[GenerateSerializer, Immutable, Alias("techpact.scenario-event")]
public readonly record struct ScenarioEventSurrogate([Id(0)] int Round, [Id(1)] string Id, [Id(2)] string Title, [Id(3)] ImmutableArray<EventEffect> Effects);

[RegisterConverter]
public sealed class ScenarioEventConverter() : FieldConverter<ScenarioEvent, ScenarioEventSurrogate>(s => new(s.Round, s.Id, s.Title, s.Effects), v => new(v.Round, v.Id, v.Title, v.Effects));

[GenerateSerializer, Immutable, Alias("techpact.priority-change")]
public readonly record struct PriorityChangeSurrogate([Id(0)] string Country, [Id(1)] int Issue, [Id(2)] double Weight);

[RegisterConverter]
public sealed class PriorityChangeConverter() : FieldConverter<PriorityChange, PriorityChangeSurrogate>(s => new(s.Country, s.Issue, s.Weight), v => new(v.Country, v.Issue, v.Weight));

[GenerateSerializer, Immutable, Alias("techpact.strength-change")]
public readonly record struct StrengthChangeSurrogate([Id(0)] string Country, [Id(1)] string Area, [Id(2)] double Strength);

[RegisterConverter]
public sealed class StrengthChangeConverter() : FieldConverter<StrengthChange, StrengthChangeSurrogate>(s => new(s.Country, s.Area, s.Strength), v => new(v.Country, v.Area, v.Strength));

[GenerateSerializer, Immutable, Alias("techpact.reservation-change")]
public readonly record struct ReservationChangeSurrogate([Id(0)] string Country, [Id(1)] double Reservation);

[RegisterConverter]
public sealed class ReservationChangeConverter() : FieldConverter<ReservationChange, ReservationChangeSurrogate>(s => new(s.Country, s.Reservation), v => new(v.Country, v.Reservation));

[GenerateSerializer, Immutable, Alias("techpact.red-line-added")]
public readonly record struct RedLineAddedSurrogate([Id(0)] string Country, [Id(1)] int Issue, [Id(2)] int Option);

[RegisterConverter]
public sealed class RedLineAddedConverter() : FieldConverter<RedLineAdded, RedLineAddedSurrogate>(s => new(s.Country, s.Issue, s.Option), v => new(v.Country, v.Issue, v.Option));

[GenerateSerializer, Immutable, Alias("techpact.red-line-lifted")]
public readonly record struct RedLineLiftedSurrogate([Id(0)] string Country, [Id(1)] int Issue, [Id(2)] int Option);

[RegisterConverter]
public sealed class RedLineLiftedConverter() : FieldConverter<RedLineLifted, RedLineLiftedSurrogate>(s => new(s.Country, s.Issue, s.Option), v => new(v.Country, v.Issue, v.Option));

[GenerateSerializer, Immutable, Alias("techpact.party-joins")]
public readonly record struct PartyJoinsSurrogate([Id(0)] CountryProfile Country);

[RegisterConverter]
public sealed class PartyJoinsConverter() : FieldConverter<PartyJoins, PartyJoinsSurrogate>(s => new(s.Country), v => new(v.Country));

[GenerateSerializer, Immutable, Alias("techpact.party-leaves")]
public readonly record struct PartyLeavesSurrogate([Id(0)] string Country);

[RegisterConverter]
public sealed class PartyLeavesConverter() : FieldConverter<PartyLeaves, PartyLeavesSurrogate>(s => new(s.Country), v => new(v.Country));
