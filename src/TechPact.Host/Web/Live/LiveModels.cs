namespace TechPact.Host.Web.Live;

// What the live page and the API send, as JSON (camelCase). Names are the page's vocabulary.

/// <summary>Sent once when a watcher starts following a summit: the fixed facts of the table.</summary>
public sealed record SummitHeader(
    string SummitId, string ScenarioId, string Title, long Seed, int MaxRounds, string Protocol,
    IReadOnlyList<IssueInfo> Issues, IReadOnlyList<CountryInfo> Countries, NashPoint? Nash);

public sealed record IssueInfo(string Id, string Title, IReadOnlyList<string> Options);

public sealed record CountryInfo(string Id, string Name, double Reservation);

/// <summary>The Nash bargaining solution of the scenario as opened: the point distances are measured to.</summary>
public sealed record NashPoint(IReadOnlyList<double> Utilities, IReadOnlyList<DraftItem> Package);

/// <summary>One round as it ended.</summary>
/// <param name="NashDistance">Euclidean distance between every country's utility of the draft and
/// of the Nash point (countries at the opening table); null when the scenario has no Nash point.</param>
public sealed record RoundFrame(
    string SummitId, int Round, string Status, IReadOnlyList<DraftItem> Draft, IReadOnlyList<CountryFrame> Countries,
    double? NashDistance, IReadOnlyList<LiveEvent> Events, PactFrame? Pact);

/// <param name="Option">The option's label; null while the issue is open.</param>
public sealed record DraftItem(string Issue, string Title, string? Option, string? Standard, bool Converged);

/// <param name="Utility">The country's utility of the draft at the end of the round.</param>
/// <param name="Commitments">Per issue (agenda order), the labels of every option it has committed to.</param>
public sealed record CountryFrame(
    string Id, string Name, double Utility, double Reservation, bool Accepts, IReadOnlyList<IReadOnlyList<string>> Commitments);

public sealed record LiveEvent(int Round, string Kind, string Text);

public sealed record PactFrame(string Status, IReadOnlyList<DraftItem> Agreed, IReadOnlyList<string> Open,
    IReadOnlyDictionary<string, double> Utilities);

/// <summary>GET /api/summits/{id}: where a summit stands.</summary>
/// <param name="Agreement">Issue id → agreed option id (null where open); empty until it concludes.</param>
public sealed record SummitSummary(
    string SummitId, string ScenarioId, string Title, long Seed, int Round, int MaxRounds, string Status,
    IReadOnlyDictionary<string, string?> Agreement, IReadOnlyDictionary<string, double> Utilities, double? NashDistance);
