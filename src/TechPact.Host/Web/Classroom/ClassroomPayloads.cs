using System.Text.Json.Serialization;
using TechPact.Host.Web.Seats;

namespace TechPact.Host.Web.Classroom;

// The classroom API's JSON, in the order console.js, new.js and join.js read it (camelCase on the wire).

/// <summary>GET /api/classroom/scenarios/{id}: what the new-session form offers for a scenario.</summary>
public sealed record ScenarioSetup(
    string Id, string Title, string Description, int MaxRounds, string Protocol, IReadOnlyCollection<string> Strategies,
    ImmutableArray<CountryDefault> Countries);

/// <summary>A scenario's country and the strategy its file plays it with.</summary>
public sealed record CountryDefault(string Id, string Name, string Strategy);

/// <summary>POST /api/classroom/sessions: the new session, its instructor token and its console page.</summary>
public sealed record SessionCreated(string SessionId, string InstructorToken, string Console);

/// <summary>POST /api/classroom/join: the seat a join code opened and its page.</summary>
public sealed record SeatJoined(string SessionId, int Table, string Country, string Token, string Seat);

/// <summary>POST …/inject: the tables the event was queued for.</summary>
public sealed record InjectDone(bool Ok, ImmutableArray<int> Tables);

/// <summary>The instructor's console: the session, the class at a glance and every table.</summary>
public sealed record ConsoleView(
    string SessionId, string Title, string ScenarioId, string Status, int DeadlineSeconds, int Version, DateTimeOffset Now,
    StorageState Storage, IReadOnlyList<string> JoinUrls, EventRow[] Events, ClassSummary Summary, TableRow[] Tables);

/// <summary>Whether the session survives a restart, and the console's notice saying so.</summary>
public sealed record StorageState(bool Durable, string Notice);

/// <summary>One of the scenario's events, for the inject menu.</summary>
public sealed record EventRow(string Id, string Title, int Round);

/// <summary>The class at a glance: which tables wait on whom, how many have answered, how many have concluded.</summary>
/// <param name="Tables">How many tables there are; "length" on the wire, as console.js reads it.</param>
public sealed record ClassSummary(WaitingTable[] Waiting, int Answered, int Students, int Concluded, [property: JsonPropertyName("length")] int Tables);

/// <summary>A table whose round still waits on these countries.</summary>
public sealed record WaitingTable(int Table, string[] Countries);

/// <summary>One table of the console's grid.</summary>
public sealed record TableRow(
    int Table, string SummitId, int Round, bool Over, string? Outcome, DateTimeOffset? Deadline, double? RemainingSeconds,
    string[] Waiting, int Answered, int Students, int Converged, int Issues, string[] PendingInjects,
    DraftRow[] Draft, CountryRow[] Countries, LogLine[] Log);

/// <summary>One issue of a table's draft and the option it stands at (null: open).</summary>
public sealed record DraftRow(string Id, string Title, string? Option);

/// <summary>One country at a table: its seat, its answer and its utility round by round.</summary>
public sealed record CountryRow(
    string Id, string Name, bool Human, string? JoinCode, bool Joined, bool Submitted, bool Waiting, string HeldBy,
    double Utility, double Reservation, double[] PerRound, int[] PlayedByAi);
