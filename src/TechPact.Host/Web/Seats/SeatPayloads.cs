using TechPact.Agents.Messages;

namespace TechPact.Host.Web.Seats;

// The seat page's JSON (seat.js), in the order it was always written (camelCase on the wire).

/// <summary>A person's seat page: the seat's country brief, the public table, its clock and the table's log.</summary>
public sealed record SeatPage(
    string SummitId, string? SessionId, int? Table, string Title, string Country, string Name, string Status, DateTimeOffset Now,
    int Round, bool Over, int OpenRound, DateTimeOffset? Deadline, double? RemainingSeconds, bool Paused,
    bool Submitted, SeatAnswer? Submission, string? Refused, bool Watching, SeatHolder HeldBy,
    double DraftUtility, bool DraftComplete, SeatBrief Brief, OtherCountry[] Others, AiPlayedRound[] PlayedByAi, SeatPact? Pact,
    LogLine[] Log);

/// <summary>Who holds the seat: a person, an agent or a strategy, by name.</summary>
public sealed record SeatHolder(string Kind, string By);

/// <summary>The seat's own confidential brief, issue by issue.</summary>
public sealed record SeatBrief(IReadOnlyDictionary<string, double> Strengths, double Reservation, string Strategy, BriefIssue[] Issues);

/// <summary>One issue of the brief: its weight, the seat's commitments, the draft's option and the options.</summary>
public sealed record BriefIssue(string Id, string Title, double Weight, IReadOnlyList<string> Mine, string? Draft, IReadOnlyList<OptionBrief> Options);

/// <summary>Another country at the table and its public commitments.</summary>
public sealed record OtherCountry(string Id, string Name, IssueCommitments[] Commitments);

/// <summary>The options a country has committed to on one issue.</summary>
public sealed record IssueCommitments(string Issue, IReadOnlyList<string> Options);

/// <summary>A round the AI played for the seat, and why.</summary>
public sealed record AiPlayedRound(int Round, string Reason, string Detail);

/// <summary>How the summit ended, and the seat's utility of the result.</summary>
public sealed record SeatPact(string Status, double MyUtility);

/// <summary>One line of a table's public log.</summary>
public sealed record LogLine(int Round, string Text);

/// <summary>POST /api/summits/{id}/seats/{country}: the seat taken on the live page, its token and its page.</summary>
public sealed record LiveSeatTaken(string SummitId, string Country, string Token, string Seat);
