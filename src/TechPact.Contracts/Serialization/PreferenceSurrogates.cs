namespace TechPact.Contracts.Serialization;

/// <remarks>Strengths travel as parallel key/value arrays so the receiving side rebuilds the
/// dictionary with the ordinal comparer the engine relies on, not whatever default a codec picks.</remarks>
[GenerateSerializer, Immutable, Alias("techpact.country-profile")]
public readonly record struct CountryProfileSurrogate(
    [Id(0)] string Id,
    [Id(1)] string Name,
    [Id(2)] ImmutableArray<string> StrengthAreas,
    [Id(3)] ImmutableArray<double> StrengthValues,
    [Id(4)] ImmutableArray<double> Weights,
    [Id(5)] ImmutableArray<ImmutableArray<double>> Values,
    [Id(6)] ImmutableArray<OptionSet> RedLines,
    [Id(7)] double Reservation,
    [Id(8)] StrategySpec Strategy,
    [Id(9)] double Discount);

[RegisterConverter]
public sealed class CountryProfileConverter : IConverter<CountryProfile, CountryProfileSurrogate>
{
    public CountryProfile ConvertFromSurrogate(in CountryProfileSurrogate s)
    {
        var strengths = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < s.StrengthAreas.Length; i++) strengths.Add(s.StrengthAreas[i], s.StrengthValues[i]);
        return new CountryProfile(s.Id, s.Name, strengths.ToImmutable(), s.Weights, s.Values, s.RedLines,
            s.Reservation, s.Strategy) { Discount = s.Discount is > 0 and <= 1 ? s.Discount : 1.0 }; // 0: stored before discounting existed
    }

    public CountryProfileSurrogate ConvertToSurrogate(in CountryProfile v) =>
        new(v.Id, v.Name, v.Strengths.Keys.ToImmutableArray(), v.Strengths.Values.ToImmutableArray(),
            v.Weights, v.Values, v.RedLines, v.Reservation, v.Strategy, v.Discount);
}

[GenerateSerializer, Immutable, Alias("techpact.strategy-spec")]
public readonly record struct StrategySpecSurrogate([Id(0)] string Name, [Id(1)] double Exponent, [Id(2)] string Acceptance, [Id(3)] double AcceptanceTime, [Id(4)] string OpponentModel);

[RegisterConverter]
public sealed class StrategySpecConverter : IConverter<StrategySpec, StrategySpecSurrogate>
{
    // Null fields: stored before strategies had acceptance and opponent-model parts; take the defaults.
    public StrategySpec ConvertFromSurrogate(in StrategySpecSurrogate s) => new(s.Name, s.Exponent)
    {
        Acceptance = s.Acceptance is null ? AcceptanceSpec.Next : new AcceptanceSpec(s.Acceptance, s.AcceptanceTime),
        OpponentModel = s.OpponentModel ?? Negotiation.Negotiators.Opponents.OpponentModels.Frequency,
    };

    public StrategySpecSurrogate ConvertToSurrogate(in StrategySpec v) =>
        new(v.Name, v.Exponent, v.Acceptance.Name, v.Acceptance.Time, v.OpponentModel);
}
