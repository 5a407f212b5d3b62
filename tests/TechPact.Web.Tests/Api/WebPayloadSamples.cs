using TechPact.Agents.Messages;
using TechPact.Contracts.Classroom;
using TechPact.Host.Web;
using TechPact.Host.Web.Api;
using TechPact.Host.Web.Classroom;
using TechPact.Host.Web.Seats;
using TechPact.Host.Web.Security;
using TechPact.Negotiation.Seats;

namespace TechPact.Web.Tests.Api;

/// <summary>One of each payload the web API writes, filled with small values that exercise nulls, dates, maps and lists.</summary>
internal static class WebPayloadSamples
{
    public static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static readonly LogLine[] Log = [new(1, "Event: Chip export review"), new(2, "Concluded: agreement")];

    public static readonly TableRow Table = new(1, "class-t1", 3, false, null, Now.AddSeconds(90), null, ["JP"], 1, 2, 4, 5, ["quake"],
        [new DraftRow("data", "Cross-border data", "open"), new DraftRow("chips", "Chip supply", null)],
        [new CountryRow("US", "United States", true, "K7MQ-2XPR", true, true, false, "US student", 0.62, 0.4, [0.5, 0.62], [2])],
        Log);

    public static readonly ConsoleView ClassConsole = new("abc23456", "Tech pact", "us-japan-korea", "running", 180, 7, Now,
        new StorageState(false, "In memory"), ["http://127.0.0.2:5000/join"], [new EventRow("quake", "Earthquake", 3)],
        new ClassSummary([new WaitingTable(1, ["JP"])], 1, 2, 0, 1), [Table]);

    public static readonly SeatPage Seat = new("class-t1", "abc23456", 1, "Tech pact", "US", "United States", "running", Now,
        3, false, 3, Now.AddSeconds(90), null, false, true, new SeatAnswer(false, [new IssueAnswer("data", ["open"], "open")]), null, false,
        new SeatHolder("person", "student"), 0.62, false,
        new SeatBrief(new Dictionary<string, double> { ["ai"] = 0.9 }, 0.4, "boulware",
            [new BriefIssue("data", "Cross-border data", 0.6, ["open"], null, [new OptionBrief("open", "Open flows", "CBPR", 1, false)])]),
        [new OtherCountry("JP", "Japan", [new IssueCommitments("data", ["open", "audit"])])],
        [new AiPlayedRound(2, "deadline", "")], new SeatPact("agreement", 0.62), Log);

    /// <summary>A live-page seat, not a classroom one, before any answer: its session, table and pact are null.</summary>
    public static readonly SeatPage LiveSeat = Seat with { SessionId = null, Table = null, Submitted = false, Submission = null, Pact = null, Refused = "Too late." };

    /// <summary>Every sample by name, for the theory's rows.</summary>
    public static readonly IReadOnlyDictionary<string, object> Named = new Dictionary<string, object>
    {
        ["ClassConsole"] = ClassConsole,
        ["Seat"] = Seat,
        ["LiveSeat"] = LiveSeat,
        ["Acknowledged"] = Acknowledged.Done,
        ["LoginAnswer"] = new LoginAnswer(true, Required: false),
        ["ScenarioSetup"] = new ScenarioSetup("us-japan-korea", "US–Japan–Korea", "2025 deals", 12, "simultaneous", ["boulware", "conceder"],
            [new CountryDefault("US", "United States", "boulware")]),
        ["SessionCreated"] = new SessionCreated("abc23456", "tok", "/instructor/abc23456"),
        ["SeatJoined"] = new SeatJoined("abc23456", 1, "US", "tok", "/seat/abc23456/1/US"),
        ["InjectDone"] = new InjectDone(true, [1, 2]),
        ["SeatInfo"] = new SeatInfo(1, "US", true, null, false, false),
        ["LiveSeatTaken"] = new LiveSeatTaken("s-1", "US", "tok", "/play/s-1/US"),
        ["HealthReport"] = new Health.HealthReport("ok", "Active", "S127.0.0.1:11111:1", 1, "memory", null),
    };
}
