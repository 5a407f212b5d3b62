using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechPact.Contracts.Classroom;
using TechPact.Host.Web;
using TechPact.Host.Web.Api;
using TechPact.Host.Web.Classroom;
using TechPact.Host.Web.Library;
using TechPact.Host.Web.Live;
using TechPact.Host.Web.Seats;
using TechPact.Host.Web.Security;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Api;

/// <summary>The API's named payloads are serialized by the build-time generated contract, not by reflection:
/// the server's HTTP JSON options resolve each of them to <see cref="WebJsonContext"/>; and each writes the
/// JSON the pages' scripts read, byte for byte what the anonymous object it replaced wrote.</summary>
[Collection(ServerCollection.Name)]
public sealed class WebJsonTests(ServerFixture fixture)
{
    private JsonSerializerOptions Options => fixture.Server.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    [Theory]
    [InlineData(typeof(SummitHeader))]
    [InlineData(typeof(RoundFrame))]
    [InlineData(typeof(SummitSummary))]
    [InlineData(typeof(IEnumerable<SummitSummary>))]
    [InlineData(typeof(IReadOnlyList<ScenarioLibrary.Entry>))]
    [InlineData(typeof(ApiErrors.Error))]
    [InlineData(typeof(EventStreams.KeepAliveData))]
    [InlineData(typeof(Acknowledged))]
    [InlineData(typeof(LoginAnswer))]
    [InlineData(typeof(ScenarioSetup))]
    [InlineData(typeof(CountryDefault))]
    [InlineData(typeof(SessionCreated))]
    [InlineData(typeof(SeatJoined))]
    [InlineData(typeof(InjectDone))]
    [InlineData(typeof(SeatInfo))]
    [InlineData(typeof(ConsoleView))]
    [InlineData(typeof(StorageState))]
    [InlineData(typeof(EventRow))]
    [InlineData(typeof(ClassSummary))]
    [InlineData(typeof(WaitingTable))]
    [InlineData(typeof(TableRow))]
    [InlineData(typeof(DraftRow))]
    [InlineData(typeof(CountryRow))]
    [InlineData(typeof(SeatPage))]
    [InlineData(typeof(SeatHolder))]
    [InlineData(typeof(SeatBrief))]
    [InlineData(typeof(BriefIssue))]
    [InlineData(typeof(OtherCountry))]
    [InlineData(typeof(IssueCommitments))]
    [InlineData(typeof(AiPlayedRound))]
    [InlineData(typeof(SeatPact))]
    [InlineData(typeof(LogLine))]
    [InlineData(typeof(LiveSeatTaken))]
    [InlineData(typeof(Health.HealthReport))]
    public void A_payload_is_written_by_the_generated_contract(Type type) =>
        Assert.Same(WebJsonContext.Default, Options.GetTypeInfo(type).OriginatingResolver);

    /// <summary>The expected text is what the anonymous objects these records replaced wrote for the same values.</summary>
    [Theory]
    [InlineData("ClassConsole",
        """{"sessionId":"abc23456","title":"Tech pact","scenarioId":"us-japan-korea","status":"running","deadlineSeconds":""" +
        """180,"version":7,"now":"2026-01-02T03:04:05+00:00","storage":{"durable":false,"notice":"In memory"},"joinUrls":""" +
        """["http://127.0.0.2:5000/join"],"events":[{"id":"quake","title":"Earthquake","round":3}],"summary":{"waiting":[""" +
        """{"table":1,"countries":["JP"]}],"answered":1,"students":2,"concluded":0,"length":1},"tables":[{"table":""" +
        """1,"summitId":"class-t1","round":3,"over":false,"outcome":null,"deadline":"2026-01-02T03:05:35+00:""" +
        """00","remainingSeconds":null,"waiting":["JP"],"answered":1,"students":2,"converged":4,"issues":""" +
        """5,"pendingInjects":["quake"],"draft":[{"id":"data","title":"Cross-border data","option":"open"},""" +
        """{"id":"chips","title":"Chip supply","option":null}],"countries":[{"id":"US","name":"United States","human":""" +
        """true,"joinCode":"K7MQ-2XPR","joined":true,"submitted":true,"waiting":false,"heldBy":"US student","utility":""" +
        """0.62,"reservation":0.4,"perRound":[0.5,0.62],"playedByAi":[2]}],"log":[{"round":""" +
        """1,"text":"Event: Chip export review"},{"round":2,"text":"Concluded: agreement"}]}]}""")]
    [InlineData("Seat",
        """{"summitId":"class-t1","sessionId":"abc23456","table":""" +
        """1,"title":"Tech pact","country":"US","name":"United States","status":"running","now":"2026-01-02T03:04:05+00:""" +
        """00","round":3,"over":false,"openRound":3,"deadline":"2026-01-02T03:05:35+00:00","remainingSeconds":""" +
        """null,"paused":false,"submitted":true,"submission":{"acceptsDraft":false,"issues":[{"issue":"data","commit":""" +
        """["open"],"amend":"open"}]},"refused":null,"watching":false,"heldBy":""" +
        """{"kind":"person","by":"student"},"draftUtility":0.62,"draftComplete":false,"brief":{"strengths":{"ai":""" +
        """0.9},"reservation":0.4,"strategy":"boulware","issues":[{"id":"data","title":"Cross-border data","weight":""" +
        """0.6,"mine":["open"],"draft":null,"options":[{"id":"open","label":"Open flows","standard":"CBPR","value":""" +
        """1,"redLine":false}]}]},"others":[{"id":"JP","name":"Japan","commitments":[{"issue":"data","options":""" +
        """["open","audit"]}]}],"playedByAi":[{"round":2,"reason":"deadline","detail":""}],"pact":""" +
        """{"status":"agreement","myUtility":0.62},"log":[{"round":1,"text":"Event: Chip export review"},{"round":""" +
        """2,"text":"Concluded: agreement"}]}""")]
    [InlineData("LiveSeat",
        """{"summitId":"class-t1","sessionId":null,"table":""" +
        """null,"title":"Tech pact","country":"US","name":"United States","status":"running","now":"2026-01-02T03:04:05+00:""" +
        """00","round":3,"over":false,"openRound":3,"deadline":"2026-01-02T03:05:35+00:00","remainingSeconds":""" +
        """null,"paused":false,"submitted":false,"submission":null,"refused":"Too late.","watching":false,"heldBy":""" +
        """{"kind":"person","by":"student"},"draftUtility":0.62,"draftComplete":false,"brief":{"strengths":{"ai":""" +
        """0.9},"reservation":0.4,"strategy":"boulware","issues":[{"id":"data","title":"Cross-border data","weight":""" +
        """0.6,"mine":["open"],"draft":null,"options":[{"id":"open","label":"Open flows","standard":"CBPR","value":""" +
        """1,"redLine":false}]}]},"others":[{"id":"JP","name":"Japan","commitments":[{"issue":"data","options":""" +
        """["open","audit"]}]}],"playedByAi":[{"round":2,"reason":"deadline","detail":""}],"pact":null,"log":[{"round":""" +
        """1,"text":"Event: Chip export review"},{"round":2,"text":"Concluded: agreement"}]}""")]
    [InlineData("Acknowledged",
        """{"ok":true}""")]
    [InlineData("LoginAnswer",
        """{"ok":true,"required":false}""")]
    [InlineData("ScenarioSetup",
        """{"id":"us-japan-korea","title":"US–Japan–Korea","description":"2025 deals","maxRounds":""" +
        """12,"protocol":"simultaneous","strategies":["boulware","conceder"],"countries":[""" +
        """{"id":"US","name":"United States","strategy":"boulware"}]}""")]
    [InlineData("SessionCreated",
        """{"sessionId":"abc23456","instructorToken":"tok","console":"/instructor/abc23456"}""")]
    [InlineData("SeatJoined",
        """{"sessionId":"abc23456","table":1,"country":"US","token":"tok","seat":"/seat/abc23456/1/US"}""")]
    [InlineData("InjectDone",
        """{"ok":true,"tables":[1,2]}""")]
    [InlineData("SeatInfo",
        """{"table":1,"country":"US","human":true,"joinCode":null,"joined":false,"submitted":false}""")]
    [InlineData("LiveSeatTaken",
        """{"summitId":"s-1","country":"US","token":"tok","seat":"/play/s-1/US"}""")]
    [InlineData("HealthReport",
        """{"status":"ok","silo":"Active","siloAddress":"S127.0.0.1:11111:1","activeSilos":1,"storage":"memory","storageProblem":null}""")]
    public void A_payload_writes_the_json_the_pages_read(string sample, string expected) =>
        Assert.Equal(expected, JsonSerializer.Serialize(WebPayloadSamples.Named[sample], WebPayloadSamples.Named[sample].GetType(), Options));
}
