using System.Text.Json.Serialization;
using TechPact.Negotiation.Linkage;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>result.json (contract): scenario, seed, status, rounds, agreement (issue id → option id, open
/// issues left out), utilities (country id → number), then the sections a full report adds.</summary>
/// <param name="DiscountedUtilities">u · d^(round / deadline) by country, only when some country discounts.</param>
/// <param name="Ledger">Every logrolling trade, both sides.</param>
internal sealed record ResultDocument(string Scenario, long Seed, string Status, int Rounds,
    OrderedDictionary<string, string?> Agreement, OrderedDictionary<string, double> Utilities)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OrderedDictionary<string, double>? DiscountedUtilities { get; init; }

    /// <summary>Country id → the round it left the summit in, only when some country left (its utility is
    /// still in <c>utilities</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OrderedDictionary<string, int>? Departed { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnalysisDocument? Analysis { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClubJson[]? Clubs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LedgerEntry[]? Ledger { get; init; }
}

/// <summary>The outcome analysis: result.json's <c>analysis</c> (contract: nash, kalaiSmorodinsky,
/// maxWelfare — each with agreement and utilities — paretoOptimal, distanceToNash) and the body of
/// <c>techpact analyze --json</c>. <c>sampleSize</c> and <c>nashProductUpperBound</c> come only with a
/// sampled analysis; <c>paretoOptimal</c> and <c>distanceToNash</c> only with an agreement to judge.</summary>
/// <param name="OutcomeCount">As text: it can exceed any JSON number a reader keeps exactly.</param>
internal sealed record AnalysisDocument(string OutcomeCount, bool Exact, string Method, long EvaluatedOutcomes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SampleSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? NashProductUpperBound,
    int ParetoFrontierSize, PointJson? Nash, PointJson? LeverageWeightedNash, PointJson? KalaiSmorodinsky, PointJson? MaxWelfare,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? ParetoOptimal,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NumberOrNull? DistanceToNash,
    string[] Notes);

/// <summary>A solution point: the package and each country's utility of it.</summary>
internal sealed record PointJson(OrderedDictionary<string, string?> Agreement, OrderedDictionary<string, double> Utilities);

/// <summary>A number that is there but may be null (<c>"distanceToNash": null</c>), where the key itself
/// may also be left out: the property is nullable, the value inside it too.</summary>
[JsonConverter(typeof(NumberOrNullConverter))]
internal readonly record struct NumberOrNull(double? Value);

internal sealed class NumberOrNullConverter : JsonConverter<NumberOrNull>
{
    public override NumberOrNull Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble());

    public override void Write(Utf8JsonWriter writer, NumberOrNull value, JsonSerializerOptions options)
    {
        if (value.Value is { } number) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }
}
