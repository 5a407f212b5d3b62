using System.Collections.Immutable;
using TechPact.Negotiation.Classroom;

namespace TechPact.Contracts.Serialization;

[GenerateSerializer, Immutable, Alias("techpact.human-submission")]
public readonly record struct HumanSubmissionSurrogate(bool AcceptsDraft, ImmutableArray<IssueAnswer> Issues);

[RegisterConverter]
public sealed class HumanSubmissionConverter : IConverter<HumanSubmission, HumanSubmissionSurrogate>
{
    public HumanSubmission ConvertFromSurrogate(in HumanSubmissionSurrogate s) => new(s.AcceptsDraft, s.Issues);
    public HumanSubmissionSurrogate ConvertToSurrogate(in HumanSubmission v) => new(v.AcceptsDraft, v.Issues);
}

[GenerateSerializer, Immutable, Alias("techpact.issue-answer")]
public readonly record struct IssueAnswerSurrogate(string Issue, ImmutableArray<string> Commit, string? Amend);

[RegisterConverter]
public sealed class IssueAnswerConverter : IConverter<IssueAnswer, IssueAnswerSurrogate>
{
    public IssueAnswer ConvertFromSurrogate(in IssueAnswerSurrogate s) => new(s.Issue, s.Commit, s.Amend);
    public IssueAnswerSurrogate ConvertToSurrogate(in IssueAnswer v) => new(v.Issue, v.Commit, v.Amend);
}

[GenerateSerializer, Immutable, Alias("techpact.seat-played-by-ai")]
public readonly record struct SeatPlayedByAiSurrogate(int Round, string Country);

[RegisterConverter]
public sealed class SeatPlayedByAiConverter : IConverter<SeatPlayedByAi, SeatPlayedByAiSurrogate>
{
    public SeatPlayedByAi ConvertFromSurrogate(in SeatPlayedByAiSurrogate s) => new(s.Round, s.Country);
    public SeatPlayedByAiSurrogate ConvertToSurrogate(in SeatPlayedByAi v) => new(v.Round, v.Country);
}
