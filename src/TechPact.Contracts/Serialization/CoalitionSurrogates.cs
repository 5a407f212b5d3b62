using TechPact.Negotiation.Linkage;

namespace TechPact.Contracts.Serialization;

[GenerateSerializer, Immutable, Alias("techpact.club")]
public readonly record struct ClubSurrogate([Id(0)] int Issue, [Id(1)] int Option, [Id(2)] int FormedRound, [Id(3)] ImmutableArray<int> Members);

[RegisterConverter]
public sealed class ClubConverter : IConverter<Club, ClubSurrogate>
{
    public Club ConvertFromSurrogate(in ClubSurrogate s) => new(s.Issue, s.Option, s.FormedRound, s.Members);
    public ClubSurrogate ConvertToSurrogate(in Club v) => new(v.Issue, v.Option, v.FormedRound, v.Members);
}

[GenerateSerializer, Immutable, Alias("techpact.track")]
public readonly record struct TrackSurrogate([Id(0)] string Id, [Id(1)] string Title, [Id(2)] ImmutableArray<int> Countries, [Id(3)] ImmutableArray<int> Issues);

[RegisterConverter]
public sealed class TrackConverter : IConverter<Track, TrackSurrogate>
{
    public Track ConvertFromSurrogate(in TrackSurrogate s) => new(s.Id, s.Title, s.Countries, s.Issues);
    public TrackSurrogate ConvertToSurrogate(in Track v) => new(v.Id, v.Title, v.Countries, v.Issues);
}

[GenerateSerializer, Immutable, Alias("techpact.ledger-entry")]
public readonly record struct LedgerEntrySurrogate([Id(0)] int Round, [Id(1)] string Giver, [Id(2)] string Issue, [Id(3)] string Option, [Id(4)] string Receiver,
    [Id(5)] string ForIssue, [Id(6)] string ForOption, [Id(7)] double UtilityGiven, [Id(8)] double UtilityGained, [Id(9)] string Reason);

[RegisterConverter]
public sealed class LedgerEntryConverter : IConverter<LedgerEntry, LedgerEntrySurrogate>
{
    public LedgerEntry ConvertFromSurrogate(in LedgerEntrySurrogate s) =>
        new(s.Round, s.Giver, s.Issue, s.Option, s.Receiver, s.ForIssue, s.ForOption, s.UtilityGiven, s.UtilityGained, s.Reason);

    public LedgerEntrySurrogate ConvertToSurrogate(in LedgerEntry v) =>
        new(v.Round, v.Giver, v.Issue, v.Option, v.Receiver, v.ForIssue, v.ForOption, v.UtilityGiven, v.UtilityGained, v.Reason);
}
