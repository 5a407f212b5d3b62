using TechPact.Negotiation.Linkage;

namespace TechPact.Contracts.Serialization;

[GenerateSerializer, Immutable, Alias("techpact.club")]
public readonly record struct ClubSurrogate([Id(0)] int Issue, [Id(1)] int Option, [Id(2)] int FormedRound, [Id(3)] ImmutableArray<int> Members);

[RegisterConverter]
public sealed class ClubConverter() : FieldConverter<Club, ClubSurrogate>(s => new(s.Issue, s.Option, s.FormedRound, s.Members), v => new(v.Issue, v.Option, v.FormedRound, v.Members));

[GenerateSerializer, Immutable, Alias("techpact.track")]
public readonly record struct TrackSurrogate([Id(0)] string Id, [Id(1)] string Title, [Id(2)] ImmutableArray<int> Countries, [Id(3)] ImmutableArray<int> Issues);

[RegisterConverter]
public sealed class TrackConverter() : FieldConverter<Track, TrackSurrogate>(s => new(s.Id, s.Title, s.Countries, s.Issues), v => new(v.Id, v.Title, v.Countries, v.Issues));

[GenerateSerializer, Immutable, Alias("techpact.ledger-entry")]
public readonly record struct LedgerEntrySurrogate([Id(0)] int Round, [Id(1)] string Giver, [Id(2)] string Issue, [Id(3)] string Option, [Id(4)] string Receiver,
    [Id(5)] string ForIssue, [Id(6)] string ForOption, [Id(7)] double UtilityGiven, [Id(8)] double UtilityGained, [Id(9)] string Reason);

[RegisterConverter]
public sealed class LedgerEntryConverter() : FieldConverter<LedgerEntry, LedgerEntrySurrogate>(
    s => new(s.Round, s.Giver, s.Issue, s.Option, s.Receiver, s.ForIssue, s.ForOption, s.UtilityGiven, s.UtilityGained, s.Reason),
    v => new(v.Round, v.Giver, v.Issue, v.Option, v.Receiver, v.ForIssue, v.ForOption, v.UtilityGiven, v.UtilityGained, v.Reason));
