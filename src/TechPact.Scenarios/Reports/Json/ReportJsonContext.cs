using System.Text.Json.Serialization;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>The files' JSON contract, generated at build time: transcript lines, result.json and the
/// analysis, sweep.json and tournament.json (strategies and leagues). Names are camelCase; the layout
/// and escaping are <see cref="ReportJson"/>'s.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TranscriptLine))]
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(AnalysisDocument))]
[JsonSerializable(typeof(SweepDocument))]
[JsonSerializable(typeof(TournamentDocument))]
[JsonSerializable(typeof(LeagueDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
