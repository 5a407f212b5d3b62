using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Serialization;

// The seat model's engine types: answers, seat lines and the seat view. Enums travel by name, as SummitStatus does.

[GenerateSerializer, Immutable, Alias("techpact.seat-answer")]
public readonly record struct SeatAnswerSurrogate(bool AcceptsDraft, ImmutableArray<IssueAnswer> Issues);

[RegisterConverter]
public sealed class SeatAnswerConverter : IConverter<SeatAnswer, SeatAnswerSurrogate>
{
    public SeatAnswer ConvertFromSurrogate(in SeatAnswerSurrogate s) => new(s.AcceptsDraft, s.Issues);
    public SeatAnswerSurrogate ConvertToSurrogate(in SeatAnswer v) => new(v.AcceptsDraft, v.Issues);
}

[GenerateSerializer, Immutable, Alias("techpact.issue-answer")]
public readonly record struct IssueAnswerSurrogate(string Issue, ImmutableArray<string> Commit, string? Amend);

[RegisterConverter]
public sealed class IssueAnswerConverter : IConverter<IssueAnswer, IssueAnswerSurrogate>
{
    public IssueAnswer ConvertFromSurrogate(in IssueAnswerSurrogate s) => new(s.Issue, s.Commit, s.Amend);
    public IssueAnswerSurrogate ConvertToSurrogate(in IssueAnswer v) => new(v.Issue, v.Commit, v.Amend);
}

[GenerateSerializer, Immutable, Alias("techpact.seat-kind")]
public readonly record struct SeatKindSurrogate(string Name);

[RegisterConverter]
public sealed class SeatKindConverter : IConverter<SeatKind, SeatKindSurrogate>
{
    public SeatKind ConvertFromSurrogate(in SeatKindSurrogate s) => Enum.Parse<SeatKind>(s.Name);
    public SeatKindSurrogate ConvertToSurrogate(in SeatKind v) => new(v.ToString());
}

[GenerateSerializer, Immutable, Alias("techpact.seat-fault")]
public readonly record struct SeatFaultSurrogate(string Name);

[RegisterConverter]
public sealed class SeatFaultConverter : IConverter<SeatFault, SeatFaultSurrogate>
{
    public SeatFault ConvertFromSurrogate(in SeatFaultSurrogate s) => Enum.Parse<SeatFault>(s.Name);
    public SeatFaultSurrogate ConvertToSurrogate(in SeatFault v) => new(v.ToString());
}

[GenerateSerializer, Immutable, Alias("techpact.seat-taken")]
public readonly record struct SeatTakenSurrogate(int Round, string Country, SeatKind Kind, string By, string Reason);

[RegisterConverter]
public sealed class SeatTakenConverter : IConverter<SeatTaken, SeatTakenSurrogate>
{
    public SeatTaken ConvertFromSurrogate(in SeatTakenSurrogate s) => new(s.Round, s.Country, s.Kind, s.By, s.Reason ?? "");
    public SeatTakenSurrogate ConvertToSurrogate(in SeatTaken v) => new(v.Round, v.Country, v.Kind, v.By, v.Reason);
}

[GenerateSerializer, Immutable, Alias("techpact.seat-played-by-ai")]
public readonly record struct SeatPlayedByAiSurrogate(int Round, string Country, SeatFault Fault, string Detail);

[RegisterConverter]
public sealed class SeatPlayedByAiConverter : IConverter<SeatPlayedByAi, SeatPlayedByAiSurrogate>
{
    public SeatPlayedByAi ConvertFromSurrogate(in SeatPlayedByAiSurrogate s) => new(s.Round, s.Country, s.Fault, s.Detail ?? "");
    public SeatPlayedByAiSurrogate ConvertToSurrogate(in SeatPlayedByAi v) => new(v.Round, v.Country, v.Fault, v.Detail);
}

[GenerateSerializer, Immutable, Alias("techpact.seat-view")]
public readonly record struct SeatViewSurrogate(
    string Country, int Round, int MaxRounds, string Protocol, SummitStatus Status, ImmutableArray<Issue> Issues,
    CountryProfile Me, Package Draft, ImmutableArray<bool> Converged, ImmutableArray<PublicSeat> Table,
    ImmutableArray<Club> Clubs, ImmutableArray<PublicEvent> Events);

[RegisterConverter]
public sealed class SeatViewConverter : IConverter<SeatView, SeatViewSurrogate>
{
    public SeatView ConvertFromSurrogate(in SeatViewSurrogate s) =>
        new(s.Country, s.Round, s.MaxRounds, s.Protocol, s.Status, s.Issues, s.Me, s.Draft, s.Converged, s.Table, s.Clubs, s.Events);

    public SeatViewSurrogate ConvertToSurrogate(in SeatView v) =>
        new(v.Country, v.Round, v.MaxRounds, v.Protocol, v.Status, v.Issues, v.Me, v.Draft, v.Converged, v.Table, v.Clubs, v.Events);
}

[GenerateSerializer, Immutable, Alias("techpact.public-seat")]
public readonly record struct PublicSeatSurrogate(string Id, string Name, ImmutableArray<OptionSet> Commitments, PublicAnswer? LastAnswer);

[RegisterConverter]
public sealed class PublicSeatConverter : IConverter<PublicSeat, PublicSeatSurrogate>
{
    public PublicSeat ConvertFromSurrogate(in PublicSeatSurrogate s) => new(s.Id, s.Name, s.Commitments, s.LastAnswer);
    public PublicSeatSurrogate ConvertToSurrogate(in PublicSeat v) => new(v.Id, v.Name, v.Commitments, v.LastAnswer);
}

[GenerateSerializer, Immutable, Alias("techpact.public-answer")]
public readonly record struct PublicAnswerSurrogate(int Round, bool Accepts, ImmutableArray<int> Amendments);

[RegisterConverter]
public sealed class PublicAnswerConverter : IConverter<PublicAnswer, PublicAnswerSurrogate>
{
    public PublicAnswer ConvertFromSurrogate(in PublicAnswerSurrogate s) => new(s.Round, s.Accepts, s.Amendments);
    public PublicAnswerSurrogate ConvertToSurrogate(in PublicAnswer v) => new(v.Round, v.Accepts, v.Amendments);
}

[GenerateSerializer, Immutable, Alias("techpact.public-event")]
public readonly record struct PublicEventSurrogate(int Round, string Id, string Title);

[RegisterConverter]
public sealed class PublicEventConverter : IConverter<PublicEvent, PublicEventSurrogate>
{
    public PublicEvent ConvertFromSurrogate(in PublicEventSurrogate s) => new(s.Round, s.Id, s.Title);
    public PublicEventSurrogate ConvertToSurrogate(in PublicEvent v) => new(v.Round, v.Id, v.Title);
}
