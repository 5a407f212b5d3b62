using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Serialization;

[GenerateSerializer, Immutable, Alias("techpact.country-brief")]
public readonly record struct CountryBriefSurrogate(
    int Index,
    ImmutableArray<Issue> Issues,
    CountryProfile Profile,
    ImmutableArray<double> RelativeLeverage,
    NegotiationRules Rules,
    ImmutableArray<CountryProfile> Table,
    ImmutableArray<double> Power);

[RegisterConverter]
public sealed class CountryBriefConverter : IConverter<CountryBrief, CountryBriefSurrogate>
{
    public CountryBrief ConvertFromSurrogate(in CountryBriefSurrogate s) =>
        new(s.Index, s.Issues, s.Profile, s.RelativeLeverage, s.Rules) { Table = s.Table, Power = s.Power };

    public CountryBriefSurrogate ConvertToSurrogate(in CountryBrief v) =>
        new(v.Index, v.Issues, v.Profile, v.RelativeLeverage, v.Rules, v.Table, v.Power);
}

[GenerateSerializer, Immutable, Alias("techpact.country-move")]
public readonly record struct CountryMoveSurrogate(
    string Country,
    int Round,
    bool Accepts,
    double DraftUtility,
    double Aspiration,
    ImmutableArray<OptionSet> Commitments,
    ImmutableArray<int> Amendments,
    int Concessions,
    double Risk,
    Package? Proposal);

[RegisterConverter]
public sealed class CountryMoveConverter : IConverter<CountryMove, CountryMoveSurrogate>
{
    public CountryMove ConvertFromSurrogate(in CountryMoveSurrogate s) =>
        new(s.Country, s.Round, s.Accepts, s.DraftUtility, s.Aspiration, s.Commitments, s.Amendments, s.Concessions) { Risk = s.Risk, Proposal = s.Proposal };

    public CountryMoveSurrogate ConvertToSurrogate(in CountryMove v) =>
        new(v.Country, v.Round, v.Accepts, v.DraftUtility, v.Aspiration, v.Commitments, v.Amendments, v.Concessions, v.Risk, v.Proposal);
}
