using System.Text.Json.Serialization;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>What sweep.json and tournament.json both report about their runs, between the keys of each
/// (<see cref="JsonPropertyOrderAttribute"/>: theirs come before, a sweep's sensitivity after).</summary>
/// <param name="Adoption">issue id → (option id → share of runs that adopted it, and "(open)").</param>
/// <param name="Utilities">country id → the distribution of its utility of the pact.</param>
internal record ExperimentOutcomes(StatusCounts Status, double AgreementRate,
    OrderedDictionary<string, OrderedDictionary<string, double>> Adoption, OrderedDictionary<string, Distribution> Utilities,
    Distribution Rounds, Distribution RoundsToAgreement);

internal sealed record StatusCounts(int Agreement, int Partial, int NoAgreement);

/// <summary>sweep.json: nothing about how the runs were scheduled, so the same runs and seed give the same bytes.</summary>
internal sealed record SweepDocument : ExperimentOutcomes
{
    public SweepDocument(ExperimentOutcomes outcomes) : base(outcomes) { }

    [JsonPropertyOrder(-1)] public required string Scenario { get; init; }
    [JsonPropertyOrder(-1)] public required int Runs { get; init; }
    [JsonPropertyOrder(-1)] public required long Seed { get; init; }
    [JsonPropertyOrder(-1)] public required int MaxRounds { get; init; }

    /// <summary>Perturbation → amount (±).</summary>
    [JsonPropertyOrder(-1)] public required OrderedDictionary<string, double> Vary { get; init; }

    [JsonPropertyOrder(1)] public required SensitivityJson[] Sensitivity { get; init; }

    /// <summary>The perturbation that explains most, or null when nothing was varied.</summary>
    [JsonPropertyOrder(1)] public required string? MostInfluential { get; init; }
}

internal sealed record SensitivityJson(string Dimension, int Parameters, double Explained, double AgreementExplained,
    string StrongestParameter, string StrongestOutcome, double StrongestCorrelation);

/// <summary>tournament.json of <c>--strategies</c>: every assignment of strategies to countries, ranked.</summary>
internal sealed record TournamentDocument : ExperimentOutcomes
{
    public TournamentDocument(ExperimentOutcomes outcomes) : base(outcomes) { }

    [JsonPropertyOrder(-1)] public required string Scenario { get; init; }
    [JsonPropertyOrder(-1)] public required string[] Strategies { get; init; }
    [JsonPropertyOrder(-1)] public required long Assignments { get; init; }
    [JsonPropertyOrder(-1)] public required int Repetitions { get; init; }
    [JsonPropertyOrder(-1)] public required int Runs { get; init; }
    [JsonPropertyOrder(-1)] public required long Seed { get; init; }
    [JsonPropertyOrder(-1)] public required int MaxRounds { get; init; }
    [JsonPropertyOrder(-1)] public required StrategyStanding[] Standings { get; init; }
}

/// <summary>tournament.json of a league (<c>--agents</c>): the entrants, the leaderboard and every run.</summary>
internal sealed record LeagueDocument(string Kind, long Seed, int Repetitions, string[] Scenarios, EntrantJson[] Entrants, int Runs,
    LeagueStanding[] Leaderboard, LeagueRunJson[] Results);

/// <param name="Kind">"strategy" or "agent".</param>
/// <param name="Command">An agent's command line; null for a built-in strategy.</param>
internal sealed record EntrantJson(string Name, string Kind, string? Command);

/// <param name="Seats">country id → the entrant that played it.</param>
internal sealed record LeagueRunJson(int Index, string Scenario, long Seed, OrderedDictionary<string, string> Seats, string Status,
    int Rounds, OrderedDictionary<string, double> Utilities);
