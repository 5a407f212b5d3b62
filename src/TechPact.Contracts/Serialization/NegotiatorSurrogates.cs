namespace TechPact.Contracts.Serialization;

[GenerateSerializer, Immutable, Alias("techpact.country-brief")]
public readonly record struct CountryBriefSurrogate(
    [Id(0)] int Index,
    [Id(1)] ImmutableArray<Issue> Issues,
    [Id(2)] CountryProfile Profile,
    [Id(3)] ImmutableArray<double> RelativeLeverage,
    [Id(4)] NegotiationRules Rules,
    [Id(5)] ImmutableArray<CountryProfile> Table,
    [Id(6)] ImmutableArray<double> Power);

[RegisterConverter]
public sealed class CountryBriefConverter() : FieldConverter<CountryBrief, CountryBriefSurrogate>(
    s => new(s.Index, s.Issues, s.Profile, s.RelativeLeverage, s.Rules) { Table = s.Table, Power = s.Power },
    v => new(v.Index, v.Issues, v.Profile, v.RelativeLeverage, v.Rules, v.Table, v.Power));

[GenerateSerializer, Immutable, Alias("techpact.country-move")]
public readonly record struct CountryMoveSurrogate(
    [Id(0)] string Country,
    [Id(1)] int Round,
    [Id(2)] bool Accepts,
    [Id(3)] double DraftUtility,
    [Id(4)] double Aspiration,
    [Id(5)] ImmutableArray<OptionSet> Commitments,
    [Id(6)] ImmutableArray<int> Amendments,
    [Id(7)] int Concessions,
    [Id(8)] double Risk,
    [Id(9)] Package? Proposal);

[RegisterConverter]
public sealed class CountryMoveConverter() : FieldConverter<CountryMove, CountryMoveSurrogate>(
    s => new(s.Country, s.Round, s.Accepts, s.DraftUtility, s.Aspiration, s.Commitments, s.Amendments, s.Concessions) { Risk = s.Risk, Proposal = s.Proposal },
    v => new(v.Country, v.Round, v.Accepts, v.DraftUtility, v.Aspiration, v.Commitments, v.Amendments, v.Concessions, v.Risk, v.Proposal));
