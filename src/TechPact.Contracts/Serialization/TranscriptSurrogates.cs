namespace TechPact.Contracts.Serialization;

// One converter per concrete event. The abstract TranscriptEvent needs none: a field declared as
// the base type is written with its runtime type, and Orleans finds that type's converter.
// The round-trip tests cover ImmutableArray<TranscriptEvent> to keep that promise honest.

[GenerateSerializer, Immutable, Alias("techpact.summit-opened")]
public readonly record struct SummitOpenedSurrogate([Id(0)] string Scenario, [Id(1)] long Seed, [Id(2)] int MaxRounds, [Id(3)] string Protocol, [Id(4)] Package Draft,
    [Id(5)] double Noise, [Id(6)] Scenario? Source, [Id(7)] string? FirstMover);

[RegisterConverter]
public sealed class SummitOpenedConverter : IConverter<SummitOpened, SummitOpenedSurrogate>
{
    public SummitOpened ConvertFromSurrogate(in SummitOpenedSurrogate s) =>
        new(s.Scenario, s.Seed, s.MaxRounds, s.Protocol, s.Draft) { Noise = s.Noise, Source = s.Source, FirstMover = s.FirstMover };

    public SummitOpenedSurrogate ConvertToSurrogate(in SummitOpened v) =>
        new(v.Scenario, v.Seed, v.MaxRounds, v.Protocol, v.Draft, v.Noise, v.Source, v.FirstMover);
}

[GenerateSerializer, Immutable, Alias("techpact.country-answered")]
public readonly record struct CountryAnsweredSurrogate([Id(0)] CountryMove Move);

[RegisterConverter]
public sealed class CountryAnsweredConverter : IConverter<CountryAnswered, CountryAnsweredSurrogate>
{
    public CountryAnswered ConvertFromSurrogate(in CountryAnsweredSurrogate s) => new(s.Move);
    public CountryAnsweredSurrogate ConvertToSurrogate(in CountryAnswered v) => new(v.Move);
}

[GenerateSerializer, Immutable, Alias("techpact.draft-revised")]
public readonly record struct DraftRevisedSurrogate([Id(0)] int Round, [Id(1)] Package Draft, [Id(2)] ImmutableArray<bool> Converged);

[RegisterConverter]
public sealed class DraftRevisedConverter : IConverter<DraftRevised, DraftRevisedSurrogate>
{
    public DraftRevised ConvertFromSurrogate(in DraftRevisedSurrogate s) => new(s.Round, s.Draft, s.Converged);
    public DraftRevisedSurrogate ConvertToSurrogate(in DraftRevised v) => new(v.Round, v.Draft, v.Converged);
}

[GenerateSerializer, Immutable, Alias("techpact.summit-concluded")]
public readonly record struct SummitConcludedSurrogate([Id(0)] int Round, [Id(1)] SummitStatus Status, [Id(2)] Package Agreement, [Id(3)] ImmutableArray<double> Utilities,
    [Id(4)] ImmutableArray<Club> Clubs);

[RegisterConverter]
public sealed class SummitConcludedConverter : IConverter<SummitConcluded, SummitConcludedSurrogate>
{
    public SummitConcluded ConvertFromSurrogate(in SummitConcludedSurrogate s) =>
        new(s.Round, s.Status, s.Agreement, s.Utilities) { Clubs = s.Clubs };

    public SummitConcludedSurrogate ConvertToSurrogate(in SummitConcluded v) => new(v.Round, v.Status, v.Agreement, v.Utilities, v.Clubs);
}

[GenerateSerializer, Immutable, Alias("techpact.event-fired")]
public readonly record struct EventFiredSurrogate([Id(0)] int Round, [Id(1)] TechPact.Negotiation.Events.ScenarioEvent Event);

[RegisterConverter]
public sealed class EventFiredConverter : IConverter<EventFired, EventFiredSurrogate>
{
    public EventFired ConvertFromSurrogate(in EventFiredSurrogate s) => new(s.Round, s.Event);
    public EventFiredSurrogate ConvertToSurrogate(in EventFired v) => new(v.Round, v.Event);
}

[GenerateSerializer, Immutable, Alias("techpact.trade-agreed")]
public readonly record struct TradeAgreedSurrogate([Id(0)] int Round, [Id(1)] TechPact.Negotiation.Linkage.LedgerEntry First, [Id(2)] TechPact.Negotiation.Linkage.LedgerEntry Second,
    [Id(3)] ImmutableArray<double> Effects);

[RegisterConverter]
public sealed class TradeAgreedConverter : IConverter<TradeAgreed, TradeAgreedSurrogate>
{
    public TradeAgreed ConvertFromSurrogate(in TradeAgreedSurrogate s) => new(s.Round, s.First, s.Second) { Effects = s.Effects };
    public TradeAgreedSurrogate ConvertToSurrogate(in TradeAgreed v) => new(v.Round, v.First, v.Second, v.Effects);
}

[GenerateSerializer, Immutable, Alias("techpact.track-agreed")]
public readonly record struct TrackAgreedSurrogate([Id(0)] int Round, [Id(1)] string Track, [Id(2)] int Issue, [Id(3)] OptionSet Options);

[RegisterConverter]
public sealed class TrackAgreedConverter : IConverter<TrackAgreed, TrackAgreedSurrogate>
{
    public TrackAgreed ConvertFromSurrogate(in TrackAgreedSurrogate s) => new(s.Round, s.Track, s.Issue, s.Options);
    public TrackAgreedSurrogate ConvertToSurrogate(in TrackAgreed v) => new(v.Round, v.Track, v.Issue, v.Options);
}

[GenerateSerializer, Immutable, Alias("techpact.club-formed")]
public readonly record struct ClubFormedSurrogate([Id(0)] int Round, [Id(1)] Club Club);

[RegisterConverter]
public sealed class ClubFormedConverter : IConverter<ClubFormed, ClubFormedSurrogate>
{
    public ClubFormed ConvertFromSurrogate(in ClubFormedSurrogate s) => new(s.Round, s.Club);
    public ClubFormedSurrogate ConvertToSurrogate(in ClubFormed v) => new(v.Round, v.Club);
}

[GenerateSerializer, Immutable, Alias("techpact.club-joined")]
public readonly record struct ClubJoinedSurrogate([Id(0)] int Round, [Id(1)] int Issue, [Id(2)] int Option, [Id(3)] string Country);

[RegisterConverter]
public sealed class ClubJoinedConverter : IConverter<ClubJoined, ClubJoinedSurrogate>
{
    public ClubJoined ConvertFromSurrogate(in ClubJoinedSurrogate s) => new(s.Round, s.Issue, s.Option, s.Country);
    public ClubJoinedSurrogate ConvertToSurrogate(in ClubJoined v) => new(v.Round, v.Issue, v.Option, v.Country);
}

[GenerateSerializer, Immutable, Alias("techpact.offer-tabled")]
public readonly record struct OfferTabledSurrogate([Id(0)] int Round, [Id(1)] string Country, [Id(2)] Package Offer);

[RegisterConverter]
public sealed class OfferTabledConverter : IConverter<OfferTabled, OfferTabledSurrogate>
{
    public OfferTabled ConvertFromSurrogate(in OfferTabledSurrogate s) => new(s.Round, s.Country, s.Offer);
    public OfferTabledSurrogate ConvertToSurrogate(in OfferTabled v) => new(v.Round, v.Country, v.Offer);
}

[GenerateSerializer, Immutable, Alias("techpact.summit-forked")]
public readonly record struct SummitForkedSurrogate([Id(0)] int Round, [Id(1)] long ParentSeed, [Id(2)] NegotiationRules Rules,
    [Id(3)] ImmutableArray<TechPact.Negotiation.Events.ScenarioEvent> Events);

[RegisterConverter]
public sealed class SummitForkedConverter : IConverter<SummitForked, SummitForkedSurrogate>
{
    public SummitForked ConvertFromSurrogate(in SummitForkedSurrogate s) => new(s.Round, s.ParentSeed, s.Rules, s.Events);
    public SummitForkedSurrogate ConvertToSurrogate(in SummitForked v) => new(v.Round, v.ParentSeed, v.Rules, v.Events);
}
