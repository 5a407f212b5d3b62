namespace TechPact.Contracts.Serialization;

// One converter per concrete event. The abstract TranscriptEvent needs none: a field declared as
// the base type is written with its runtime type, and Orleans finds that type's converter.
// The round-trip tests cover ImmutableArray<TranscriptEvent> to keep that promise honest.

[GenerateSerializer, Immutable, Alias("techpact.summit-opened")]
public readonly record struct SummitOpenedSurrogate([Id(0)] string Scenario, [Id(1)] long Seed, [Id(2)] int MaxRounds, [Id(3)] string Protocol, [Id(4)] Package Draft,
    [Id(5)] double Noise, [Id(6)] Scenario? Source, [Id(7)] string? FirstMover);

[RegisterConverter]
public sealed class SummitOpenedConverter() : FieldConverter<SummitOpened, SummitOpenedSurrogate>(
    s => new(s.Scenario, s.Seed, s.MaxRounds, s.Protocol, s.Draft) { Noise = s.Noise, Source = s.Source, FirstMover = s.FirstMover },
    v => new(v.Scenario, v.Seed, v.MaxRounds, v.Protocol, v.Draft, v.Noise, v.Source, v.FirstMover));

[GenerateSerializer, Immutable, Alias("techpact.country-answered")]
public readonly record struct CountryAnsweredSurrogate([Id(0)] CountryMove Move);

[RegisterConverter]
public sealed class CountryAnsweredConverter() : FieldConverter<CountryAnswered, CountryAnsweredSurrogate>(s => new(s.Move), v => new(v.Move));

[GenerateSerializer, Immutable, Alias("techpact.draft-revised")]
public readonly record struct DraftRevisedSurrogate([Id(0)] int Round, [Id(1)] Package Draft, [Id(2)] ImmutableArray<bool> Converged);

[RegisterConverter]
public sealed class DraftRevisedConverter() : FieldConverter<DraftRevised, DraftRevisedSurrogate>(s => new(s.Round, s.Draft, s.Converged), v => new(v.Round, v.Draft, v.Converged));

[GenerateSerializer, Immutable, Alias("techpact.summit-concluded")]
public readonly record struct SummitConcludedSurrogate([Id(0)] int Round, [Id(1)] SummitStatus Status, [Id(2)] Package Agreement, [Id(3)] ImmutableArray<double> Utilities,
    [Id(4)] ImmutableArray<Club> Clubs);

[RegisterConverter]
public sealed class SummitConcludedConverter() : FieldConverter<SummitConcluded, SummitConcludedSurrogate>(
    s => new(s.Round, s.Status, s.Agreement, s.Utilities) { Clubs = s.Clubs },
    v => new(v.Round, v.Status, v.Agreement, v.Utilities, v.Clubs));

[GenerateSerializer, Immutable, Alias("techpact.event-fired")]
public readonly record struct EventFiredSurrogate([Id(0)] int Round, [Id(1)] TechPact.Negotiation.Events.ScenarioEvent Event);

[RegisterConverter]
public sealed class EventFiredConverter() : FieldConverter<EventFired, EventFiredSurrogate>(s => new(s.Round, s.Event), v => new(v.Round, v.Event));

[GenerateSerializer, Immutable, Alias("techpact.trade-agreed")]
public readonly record struct TradeAgreedSurrogate([Id(0)] int Round, [Id(1)] TechPact.Negotiation.Linkage.LedgerEntry First, [Id(2)] TechPact.Negotiation.Linkage.LedgerEntry Second,
    [Id(3)] ImmutableArray<double> Effects);

[RegisterConverter]
public sealed class TradeAgreedConverter() : FieldConverter<TradeAgreed, TradeAgreedSurrogate>(s => new(s.Round, s.First, s.Second) { Effects = s.Effects }, v => new(v.Round, v.First, v.Second, v.Effects));

[GenerateSerializer, Immutable, Alias("techpact.track-agreed")]
public readonly record struct TrackAgreedSurrogate([Id(0)] int Round, [Id(1)] string Track, [Id(2)] int Issue, [Id(3)] OptionSet Options);

[RegisterConverter]
public sealed class TrackAgreedConverter() : FieldConverter<TrackAgreed, TrackAgreedSurrogate>(s => new(s.Round, s.Track, s.Issue, s.Options), v => new(v.Round, v.Track, v.Issue, v.Options));

[GenerateSerializer, Immutable, Alias("techpact.club-formed")]
public readonly record struct ClubFormedSurrogate([Id(0)] int Round, [Id(1)] Club Club);

[RegisterConverter]
public sealed class ClubFormedConverter() : FieldConverter<ClubFormed, ClubFormedSurrogate>(s => new(s.Round, s.Club), v => new(v.Round, v.Club));

[GenerateSerializer, Immutable, Alias("techpact.club-joined")]
public readonly record struct ClubJoinedSurrogate([Id(0)] int Round, [Id(1)] int Issue, [Id(2)] int Option, [Id(3)] string Country);

[RegisterConverter]
public sealed class ClubJoinedConverter() : FieldConverter<ClubJoined, ClubJoinedSurrogate>(s => new(s.Round, s.Issue, s.Option, s.Country), v => new(v.Round, v.Issue, v.Option, v.Country));

[GenerateSerializer, Immutable, Alias("techpact.offer-tabled")]
public readonly record struct OfferTabledSurrogate([Id(0)] int Round, [Id(1)] string Country, [Id(2)] Package Offer);

[RegisterConverter]
public sealed class OfferTabledConverter() : FieldConverter<OfferTabled, OfferTabledSurrogate>(s => new(s.Round, s.Country, s.Offer), v => new(v.Round, v.Country, v.Offer));

[GenerateSerializer, Immutable, Alias("techpact.summit-forked")]
public readonly record struct SummitForkedSurrogate([Id(0)] int Round, [Id(1)] long ParentSeed, [Id(2)] NegotiationRules Rules,
    [Id(3)] ImmutableArray<TechPact.Negotiation.Events.ScenarioEvent> Events);

[RegisterConverter]
public sealed class SummitForkedConverter() : FieldConverter<SummitForked, SummitForkedSurrogate>(s => new(s.Round, s.ParentSeed, s.Rules, s.Events), v => new(v.Round, v.ParentSeed, v.Rules, v.Events));
