using System.Collections.Immutable;
using TechPact.Contracts.Classroom;
using TechPact.Contracts.Seats;
using TechPact.Contracts.Summits;
using TechPact.Grains.Classroom;
using TechPact.Grains.Summits;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Linkage;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Tests.Serialization.Stored;

/// <summary>One value of every type a grain writes to storage, built by hand (not by running the
/// engine, whose moves may change) and touching every field and every event and effect kind.
/// Their bytes, as one version wrote them, are frozen in <c>Frozen/</c>: see <see cref="StoredFormatTests"/>.</summary>
internal static class StoredSamples
{
    private static readonly Scenario Scenario = SmallSummit.WithEverything(NegotiationRules.SingleNegotiatingText) with
    {
        Description = "Frozen sample.",
    };

    private static readonly Package Draft = new([1, Package.Open, 0, 2]);

    private static CountryMove Move(string country, int round) =>
        new(country, round, Accepts: round > 2, DraftUtility: 0.625, Aspiration: 0.875,
            [OptionSet.Of(1), OptionSet.Of(1, 2), OptionSet.Empty, OptionSet.Of(63)], [0, 3], Concessions: 2)
        { Risk = 0.25, Proposal = new Package([2, 1, 0, 1]) };

    private static readonly LedgerEntry Given = new(3, "US", "ai-exports", "notify", "JP", "chip-supply", "open", 0.125, 0.25, "linkage");
    private static readonly LedgerEntry Taken = new(3, "JP", "chip-supply", "open", "US", "ai-exports", "notify", 0.0625, 0.5, "linkage");

    public static ImmutableArray<ScenarioEvent> Injects => Scenario.Events;

    public static SummitLog Log() => new(Scenario, Scenario.Rules,
    [
        new SummitOpened(Scenario.Id, 7, 12, NegotiationRules.SingleNegotiatingText, Draft)
            { Noise = 0.1, FirstMover = "JP", Source = Scenario },
        new SeatTaken(0, "KR", SeatKind.Person, "person"),
        new SeatTaken(2, "JP", SeatKind.Agent, "python agent.py", "the instructor handed the seat to an agent"),
        new CountryAnswered(Move("US", 1)),
        new SeatPlayedByAi(1, "KR", SeatFault.Silent, "no answer before the deadline"),
        new CountryAnswered(Move("KR", 1)),
        new DraftRevised(1, Draft, [true, false, false, true]),
        new EventFired(2, Scenario.Events[0]),
        new EventFired(3, Scenario.Events[1]),
        new EventFired(4, Scenario.Events[2]),
        new EventFired(5, new ScenarioEvent(5, "thaw", "Japan lifts its red line", [new RedLineLifted("JP", 3, 2)])),
        new TradeAgreed(3, Given, Taken) { Effects = [0.125, 0.25, -0.0625] },
        new TrackAgreed(4, "us-jp", 1, OptionSet.Of(2, 3)),
        new ClubFormed(5, new Club(3, 2, 5, [0, 1])),
        new ClubJoined(6, 3, 2, "KR"),
        new OfferTabled(6, "US", new Package([2, 2, 1, 2])),
        new SummitForked(6, 7, Scenario.Rules with { Seed = 11 }, [new ScenarioEvent(7, "shock", "A shock", [new ReservationChange("US", 0.5)])]),
        new SummitConcluded(8, SummitStatus.Agreement, new Package([2, 2, 1, 2]), [0.75, 0.5, 0.625])
            { Clubs = [new Club(3, 2, 5, [0, 1, 2])] },
    ]);

    public static SummitSeating Seating() => new()
    {
        Plan = new SeatPlan(ImmutableDictionary<string, SeatSpec>.Empty.Add("KR", SeatSpec.Person("student")),
            TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(90), HandOverAfter: 2) { Owner = "classroom frozen" },
        Changes =
        [
            new SeatChange(0, "KR", SeatSpec.Person("student"), ""),
            new SeatChange(2, "JP", SeatSpec.Agent("python agent.py", ["python", "agent.py"]), "handed to an agent"),
        ],
        Tokens = new() { ["KR"] = "token-kr" },
        OpenRound = 3,
        Deadline = new DateTimeOffset(2025, 8, 25, 14, 30, 0, TimeSpan.FromHours(9)),
        Remaining = TimeSpan.FromSeconds(42.5),
        Paused = true,
        Injects = [.. Scenario.Events],
        Stopped = false,
        Answers = new()
        {
            ["KR"] = new StoredAnswer
            {
                Round = 3,
                Answer = new SeatAnswer(false, [new IssueAnswer("data-flows", ["safeguards", "free-flow"], "free-flow"), new IssueAnswer("ai-exports", [])]),
                Move = Move("KR", 3),
            },
        },
    };

    public static ClassroomState Classroom() => new()
    {
        Setup = new ClassroomSetup("small-summit", Scenario, Scenario.Rules,
            [new CountryPlan("US", false, "boulware"), new CountryPlan("KR", true, "linear")], Tables: 2, DeadlineSeconds: 90),
        Prepared = Scenario,
        InstructorToken = "instructor-token",
        Status = ClassroomStatus.Paused,
        Seats =
        [
            new SeatState { Table = 1, Country = "KR", Human = true, JoinCode = "K7Q2", Token = "seat-token", Joined = true },
            new SeatState { Table = 2, Country = "KR", Human = true, JoinCode = "M3X9" },
        ],
        Tables = 2,
        Version = 5,
    };

    public static JoinCodesState JoinCodes() => new() { Sessions = { ["K7Q2M3X9"] = "session-frozen" } };

    public static RunningSummitsState Running() =>
        new(ImmutableDictionary<string, TimeSpan>.Empty.WithComparers(StringComparer.Ordinal).Add("summit-frozen", TimeSpan.FromSeconds(1.5)));
}
