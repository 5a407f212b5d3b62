using TechPact.Contracts.Seats;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Seats;

namespace TechPact.Grains.Summits;

/// <summary>What a summit with outside seats stores beside its log: the seat plan and every change of
/// hands, the open round's clock and the answers people handed in for it, person seats' tokens, and the
/// instructor's pending injects. A summit
/// whose seats are all strategies never writes it. (The AI's stand-in rounds are in the log itself.)</summary>
[GenerateSerializer, Alias("techpact.SummitSeating")]
public sealed class SummitSeating
{
    [Id(0)] public SeatPlan Plan { get; set; } = SeatPlan.None;
    [Id(1)] public List<SeatChange> Changes { get; set; } = [];
    /// <summary>Country → token of its person seat (never shown, never in the log).</summary>
    [Id(2)] public Dictionary<string, string> Tokens { get; set; } = [];
    /// <summary>The round that is open, 0 when none.</summary>
    [Id(3)] public int OpenRound { get; set; }
    [Id(4)] public DateTimeOffset? Deadline { get; set; }
    /// <summary>While paused, how long the open round will still run after resuming.</summary>
    [Id(5)] public TimeSpan? Remaining { get; set; }
    [Id(6)] public bool Paused { get; set; }
    [Id(7)] public List<ScenarioEvent> Injects { get; set; } = [];
    [Id(8)] public bool Stopped { get; set; }
    /// <summary>Person seats' valid answers to the open round, by country: they survive the round being reopened.</summary>
    [Id(9)] public Dictionary<string, StoredAnswer> Answers { get; set; } = [];
}

/// <summary>A person seat's valid answer to a round, and the move it made.</summary>
[GenerateSerializer, Alias("techpact.StoredAnswer")]
public sealed class StoredAnswer
{
    [Id(0)] public int Round { get; set; }
    [Id(1)] public SeatAnswer? Answer { get; set; }
    [Id(2)] public CountryMove? Move { get; set; }
}
