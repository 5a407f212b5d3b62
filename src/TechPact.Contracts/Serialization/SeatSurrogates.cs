namespace TechPact.Contracts.Serialization;

// The seat model's engine types: answers, seat lines and the seat view. Enums travel by name, as SummitStatus does.

[GenerateSerializer, Immutable, Alias("techpact.seat-answer")]
public readonly record struct SeatAnswerSurrogate([Id(0)] bool AcceptsDraft, [Id(1)] ImmutableArray<IssueAnswer> Issues);

[RegisterConverter]
public sealed class SeatAnswerConverter() : FieldConverter<SeatAnswer, SeatAnswerSurrogate>(s => new(s.AcceptsDraft, s.Issues), v => new(v.AcceptsDraft, v.Issues));

[GenerateSerializer, Immutable, Alias("techpact.issue-answer")]
public readonly record struct IssueAnswerSurrogate([Id(0)] string Issue, [Id(1)] ImmutableArray<string> Commit, [Id(2)] string? Amend);

[RegisterConverter]
public sealed class IssueAnswerConverter() : FieldConverter<IssueAnswer, IssueAnswerSurrogate>(s => new(s.Issue, s.Commit, s.Amend), v => new(v.Issue, v.Commit, v.Amend));

[GenerateSerializer, Immutable, Alias("techpact.seat-kind")]
public readonly record struct SeatKindSurrogate([Id(0)] string Name);

[RegisterConverter]
public sealed class SeatKindConverter() : FieldConverter<SeatKind, SeatKindSurrogate>(s => Enum.Parse<SeatKind>(s.Name), v => new(v.ToString()));

[GenerateSerializer, Immutable, Alias("techpact.seat-fault")]
public readonly record struct SeatFaultSurrogate([Id(0)] string Name);

[RegisterConverter]
public sealed class SeatFaultConverter() : FieldConverter<SeatFault, SeatFaultSurrogate>(s => Enum.Parse<SeatFault>(s.Name), v => new(v.ToString()));

[GenerateSerializer, Immutable, Alias("techpact.seat-taken")]
public readonly record struct SeatTakenSurrogate([Id(0)] int Round, [Id(1)] string Country, [Id(2)] SeatKind Kind, [Id(3)] string By, [Id(4)] string Reason);

[RegisterConverter]
public sealed class SeatTakenConverter() : FieldConverter<SeatTaken, SeatTakenSurrogate>(s => new(s.Round, s.Country, s.Kind, s.By, s.Reason ?? ""), v => new(v.Round, v.Country, v.Kind, v.By, v.Reason));

[GenerateSerializer, Immutable, Alias("techpact.seat-played-by-ai")]
public readonly record struct SeatPlayedByAiSurrogate([Id(0)] int Round, [Id(1)] string Country, [Id(2)] SeatFault Fault, [Id(3)] string Detail);

[RegisterConverter]
public sealed class SeatPlayedByAiConverter() : FieldConverter<SeatPlayedByAi, SeatPlayedByAiSurrogate>(s => new(s.Round, s.Country, s.Fault, s.Detail ?? ""), v => new(v.Round, v.Country, v.Fault, v.Detail));

[GenerateSerializer, Immutable, Alias("techpact.seat-view")]
public readonly record struct SeatViewSurrogate(
    [Id(0)] string Country, [Id(1)] int Round, [Id(2)] int MaxRounds, [Id(3)] string Protocol, [Id(4)] SummitStatus Status, [Id(5)] ImmutableArray<Issue> Issues,
    [Id(6)] CountryProfile Me, [Id(7)] Package Draft, [Id(8)] ImmutableArray<bool> Converged, [Id(9)] ImmutableArray<PublicSeat> Table,
    [Id(10)] ImmutableArray<Club> Clubs, [Id(11)] ImmutableArray<PublicEvent> Events);

[RegisterConverter]
public sealed class SeatViewConverter() : FieldConverter<SeatView, SeatViewSurrogate>(
    s => new(s.Country, s.Round, s.MaxRounds, s.Protocol, s.Status, s.Issues, s.Me, s.Draft, s.Converged, s.Table, s.Clubs, s.Events),
    v => new(v.Country, v.Round, v.MaxRounds, v.Protocol, v.Status, v.Issues, v.Me, v.Draft, v.Converged, v.Table, v.Clubs, v.Events));

[GenerateSerializer, Immutable, Alias("techpact.public-seat")]
public readonly record struct PublicSeatSurrogate([Id(0)] string Id, [Id(1)] string Name, [Id(2)] ImmutableArray<OptionSet> Commitments, [Id(3)] PublicAnswer? LastAnswer);

[RegisterConverter]
public sealed class PublicSeatConverter() : FieldConverter<PublicSeat, PublicSeatSurrogate>(s => new(s.Id, s.Name, s.Commitments, s.LastAnswer), v => new(v.Id, v.Name, v.Commitments, v.LastAnswer));

[GenerateSerializer, Immutable, Alias("techpact.public-answer")]
public readonly record struct PublicAnswerSurrogate([Id(0)] int Round, [Id(1)] bool Accepts, [Id(2)] ImmutableArray<int> Amendments);

[RegisterConverter]
public sealed class PublicAnswerConverter() : FieldConverter<PublicAnswer, PublicAnswerSurrogate>(s => new(s.Round, s.Accepts, s.Amendments), v => new(v.Round, v.Accepts, v.Amendments));

[GenerateSerializer, Immutable, Alias("techpact.public-event")]
public readonly record struct PublicEventSurrogate([Id(0)] int Round, [Id(1)] string Id, [Id(2)] string Title);

[RegisterConverter]
public sealed class PublicEventConverter() : FieldConverter<PublicEvent, PublicEventSurrogate>(s => new(s.Round, s.Id, s.Title), v => new(v.Round, v.Id, v.Title));
