using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Serialization;

// One converter per concrete event. The abstract TranscriptEvent needs none: a field declared as
// the base type is written with its runtime type, and Orleans finds that type's converter.
// The round-trip tests cover ImmutableArray<TranscriptEvent> to keep that promise honest.

[GenerateSerializer, Immutable, Alias("techpact.summit-opened")]
public readonly record struct SummitOpenedSurrogate(string Scenario, long Seed, int MaxRounds, string Protocol, Package Draft);

[RegisterConverter]
public sealed class SummitOpenedConverter : IConverter<SummitOpened, SummitOpenedSurrogate>
{
    public SummitOpened ConvertFromSurrogate(in SummitOpenedSurrogate s) => new(s.Scenario, s.Seed, s.MaxRounds, s.Protocol, s.Draft);
    public SummitOpenedSurrogate ConvertToSurrogate(in SummitOpened v) => new(v.Scenario, v.Seed, v.MaxRounds, v.Protocol, v.Draft);
}

[GenerateSerializer, Immutable, Alias("techpact.country-answered")]
public readonly record struct CountryAnsweredSurrogate(CountryMove Move);

[RegisterConverter]
public sealed class CountryAnsweredConverter : IConverter<CountryAnswered, CountryAnsweredSurrogate>
{
    public CountryAnswered ConvertFromSurrogate(in CountryAnsweredSurrogate s) => new(s.Move);
    public CountryAnsweredSurrogate ConvertToSurrogate(in CountryAnswered v) => new(v.Move);
}

[GenerateSerializer, Immutable, Alias("techpact.draft-revised")]
public readonly record struct DraftRevisedSurrogate(int Round, Package Draft, ImmutableArray<bool> Converged);

[RegisterConverter]
public sealed class DraftRevisedConverter : IConverter<DraftRevised, DraftRevisedSurrogate>
{
    public DraftRevised ConvertFromSurrogate(in DraftRevisedSurrogate s) => new(s.Round, s.Draft, s.Converged);
    public DraftRevisedSurrogate ConvertToSurrogate(in DraftRevised v) => new(v.Round, v.Draft, v.Converged);
}

[GenerateSerializer, Immutable, Alias("techpact.summit-concluded")]
public readonly record struct SummitConcludedSurrogate(int Round, SummitStatus Status, Package Agreement, ImmutableArray<double> Utilities);

[RegisterConverter]
public sealed class SummitConcludedConverter : IConverter<SummitConcluded, SummitConcludedSurrogate>
{
    public SummitConcluded ConvertFromSurrogate(in SummitConcludedSurrogate s) => new(s.Round, s.Status, s.Agreement, s.Utilities);
    public SummitConcludedSurrogate ConvertToSurrogate(in SummitConcluded v) => new(v.Round, v.Status, v.Agreement, v.Utilities);
}
