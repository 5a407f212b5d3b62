namespace TechPact.Contracts.Serialization;

[GenerateSerializer, Immutable, Alias("techpact.scenario")]
public readonly record struct ScenarioSurrogate(
    [Id(0)] string Id,
    [Id(1)] string Title,
    [Id(2)] ImmutableArray<Issue> Issues,
    [Id(3)] ImmutableArray<CountryProfile> Countries,
    [Id(4)] NegotiationRules Rules,
    [Id(5)] ImmutableArray<ScenarioEvent> Events,
    [Id(6)] ImmutableArray<Track> Tracks,
    [Id(7)] int ClubThreshold,
    [Id(8)] bool Logrolling,
    [Id(9)] string Description);

[RegisterConverter]
public sealed class ScenarioConverter : IConverter<Scenario, ScenarioSurrogate>
{
    public Scenario ConvertFromSurrogate(in ScenarioSurrogate s) => new(s.Id, s.Title, s.Issues, s.Countries, s.Rules)
    {
        Events = s.Events, Tracks = s.Tracks, ClubThreshold = s.ClubThreshold, Logrolling = s.Logrolling,
        Description = s.Description ?? "",
    };

    public ScenarioSurrogate ConvertToSurrogate(in Scenario v) =>
        new(v.Id, v.Title, v.Issues, v.Countries, v.Rules, v.Events, v.Tracks, v.ClubThreshold, v.Logrolling, v.Description);
}

[GenerateSerializer, Immutable, Alias("techpact.negotiation-rules")]
public readonly record struct NegotiationRulesSurrogate([Id(0)] long Seed, [Id(1)] int MaxRounds, [Id(2)] string Protocol, [Id(3)] double Noise);

[RegisterConverter]
public sealed class NegotiationRulesConverter() : FieldConverter<NegotiationRules, NegotiationRulesSurrogate>(s => new(s.Seed, s.MaxRounds, s.Protocol, s.Noise), v => new(v.Seed, v.MaxRounds, v.Protocol, v.Noise));

[GenerateSerializer, Immutable, Alias("techpact.round-context")]
public readonly record struct RoundContextSurrogate(
    [Id(0)] int Round,
    [Id(1)] Package Draft,
    [Id(2)] ImmutableArray<ImmutableArray<OptionSet>> Commitments,
    [Id(3)] ImmutableArray<ImmutableArray<OptionSet>> OpeningCommitments,
    [Id(4)] ImmutableArray<double> Aspirations,
    [Id(5)] ImmutableArray<double> Risks,
    [Id(6)] ImmutableArray<Club> Clubs,
    [Id(7)] ImmutableArray<Package> Proposals,
    [Id(8)] ImmutableArray<ImmutableArray<Package>> Positions,
    [Id(9)] ImmutableArray<Package> Drafts,
    [Id(10)] ImmutableArray<int> Absent);

[RegisterConverter]
public sealed class RoundContextConverter : IConverter<RoundContext, RoundContextSurrogate>
{
    public RoundContext ConvertFromSurrogate(in RoundContextSurrogate s) => new(s.Round, s.Draft, s.Commitments)
    {
        OpeningCommitments = s.OpeningCommitments, Aspirations = s.Aspirations, Risks = s.Risks, Clubs = s.Clubs,
        Proposals = s.Proposals, Positions = s.Positions, Drafts = s.Drafts,
        // Absent from a context written before seats could be absent: nobody has left.
        Absent = s.Absent.IsDefaultOrEmpty ? [] : [.. s.Absent],
    };

    public RoundContextSurrogate ConvertToSurrogate(in RoundContext v) =>
        new(v.Round, v.Draft, v.Commitments, v.OpeningCommitments, v.Aspirations, v.Risks, v.Clubs, v.Proposals, v.Positions, v.Drafts, [.. v.Absent]);
}

/// <remarks>Carried by name, not number, so reordering the engine's enum can never turn an
/// agreement into a failure in stored state.</remarks>
[GenerateSerializer, Immutable, Alias("techpact.summit-status")]
public readonly record struct SummitStatusSurrogate([Id(0)] string Name);

[RegisterConverter]
public sealed class SummitStatusConverter() : FieldConverter<SummitStatus, SummitStatusSurrogate>(s => Enum.Parse<SummitStatus>(s.Name), v => new(v.ToString()));
