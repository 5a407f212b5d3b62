using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TechPact.Contracts;
using TechPact.Contracts.Classroom;
using TechPact.Host.Web.Api;
using TechPact.Host.Web.Library;
using TechPact.Host.Web.Seats;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Host.Web.Classroom;

/// <summary>The classroom API under /api/classroom. Every grain refusal becomes 400/403/404/409 JSON.</summary>
public static class ClassroomApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapClassroomApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/classroom");
        api.MapGet("/scenarios/{id}", (string id, ScenarioLibrary library) => library.Find(id) is { } s
            ? Results.Json(new
            {
                s.Id, s.Title, s.Description, s.Rules.MaxRounds, s.Rules.Protocol, Strategies = StrategyCatalog.Names,
                Countries = s.Countries.Select(c => new { c.Id, c.Name, Strategy = c.Strategy.Name }),
            })
            : ApiErrors.NotFound($"No scenario '{id}' in {library.Folder}."));
        api.MapPost("/sessions", Create);
        api.MapPost("/join", Join);
        api.MapGet("/sessions/{session}/console", (string session, HttpContext http, IGrainFactory grains) =>
            Guarded(async () => Results.Json(ClassroomViews.Console(
                await Grain(grains, session).GetConsole(InstructorToken(http, session)), StorageNotice.IsDurable(http.RequestServices)))));
        api.MapGet("/sessions/{session}/console/stream", (string session, HttpContext http, IGrainFactory grains) =>
            ClassroomStreams.Follow(http, Grain(grains, session), "console",
                async g => ClassroomViews.Console(await g.GetConsole(InstructorToken(http, session)), StorageNotice.IsDurable(http.RequestServices))));
        api.MapPost("/sessions/{session}/{action}", Act);
        var seat = api.MapGroup("/sessions/{session}/tables/{table:int}/seats/{country}");
        seat.MapGet("", (string session, int table, string country, HttpContext http, IGrainFactory grains) =>
            Guarded(async () => Results.Json(ClassroomViews.Seat(await Grain(grains, session).GetSeat(table, country, SeatToken(http, session, table, country))))));
        seat.MapGet("/stream", (string session, int table, string country, HttpContext http, IGrainFactory grains) =>
            ClassroomStreams.Follow(http, Grain(grains, session), "seat",
                async g => ClassroomViews.Seat(await g.GetSeat(table, country, SeatToken(http, session, table, country)))));
        seat.MapPost("/submit", Submit);
    }

    private static IClassroomGrain Grain(IGrainFactory grains, string session) => grains.GetGrain<IClassroomGrain>(session);
    private static string InstructorToken(HttpContext http, string session) => ClassroomAuth.Token(http.Request, ClassroomAuth.InstructorCookie(session));
    private static string SeatToken(HttpContext http, string session, int table, string country) =>
        ClassroomAuth.Token(http.Request, ClassroomAuth.SeatCookie(session, table, country));

    internal static async Task<IResult> Guarded(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (Refusal refusal) { return ClassroomAuth.Refused(refusal); }
    }

    private sealed record CreateBody(string? Scenario, int Tables, int DeadlineSeconds, long? Seed, List<CountryPlan>? Countries);

    private static async Task<IResult> Create(HttpContext http, ScenarioLibrary library, IGrainFactory grains)
    {
        var body = await Read<CreateBody>(http.Request);
        if (body?.Scenario is null) return ApiErrors.BadRequest("The body must be JSON: {\"scenario\": \"us-japan-korea\", \"tables\": 2, \"deadlineSeconds\": 180, \"countries\": [{\"country\": \"US\", \"human\": true, \"strategy\": \"boulware\"}, …]}.");
        var scenario = library.Find(body.Scenario);
        if (scenario is null) return ApiErrors.NotFound($"No scenario '{body.Scenario}' in {library.Folder}.");
        var session = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 8);
        var setup = new ClassroomSetup(body.Scenario, scenario, scenario.RulesWith(seed: body.Seed), [.. body.Countries ?? []], body.Tables, body.DeadlineSeconds);
        return await Guarded(async () =>
        {
            var created = await Grain(grains, session).Create(setup);
            ClassroomAuth.SetCookie(http.Response, ClassroomAuth.InstructorCookie(session), created.InstructorToken);
            return Results.Json(new { created.SessionId, created.InstructorToken, Console = $"/instructor/{session}" }, statusCode: StatusCodes.Status201Created);
        });
    }

    private sealed record JoinBody(string? Code, string? Session);

    /// <summary>The code names its session through its own grain; the seat's cookie is set here.</summary>
    private static async Task<IResult> Join(HttpContext http, IGrainFactory grains)
    {
        var body = await Read<JoinBody>(http.Request);
        var code = Secrets(body?.Code);
        if (code.Length == 0) return ApiErrors.BadRequest("Enter the join code your instructor gave you, e.g. {\"code\": \"K7M-Q2P\"}.");
        var session = await grains.GetGrain<IJoinCodeGrain>(code).Resolve();
        if (session is null) return ApiErrors.NotFound("That join code is not valid: check it with your instructor.");
        return await Guarded(async () =>
        {
            var ticket = await Grain(grains, session).Join(code);
            ClassroomAuth.SetCookie(http.Response, ClassroomAuth.SeatCookie(session, ticket.Table, ticket.Country), ticket.Token);
            return Results.Json(new { ticket.SessionId, ticket.Table, ticket.Country, ticket.Token, Seat = $"/seat/{session}/{ticket.Table}/{ticket.Country}" });
        });
    }

    private static string Secrets(string? typed) => Grains.Classroom.Secrets.NormaliseCode(typed ?? "");

    private static async Task<IResult> Submit(string session, int table, string country, HttpContext http, IGrainFactory grains)
    {
        var body = await SubmitBody.ReadAsync(http.Request);
        if (body is null) return ApiErrors.BadRequest($"The body must be JSON: {SubmitBody.Example}.");
        var submission = body.Answer();
        return await Guarded(async () => Results.Json(ClassroomViews.Seat(
            await Grain(grains, session).Submit(table, country, SeatToken(http, session, table, country), body.Round, submission))));
    }

    private sealed record ActBody(int? Seconds, string? Event, string? Yaml, int? Table, string? Country, string? To);

    private static async Task<IResult> Act(string session, string action, HttpContext http, IGrainFactory grains)
    {
        var grain = Grain(grains, session);
        var token = InstructorToken(http, session);
        var body = http.Request.ContentLength is > 0 ? await Read<ActBody>(http.Request) : new ActBody(null, null, null, null, null, null);
        if (body is null) return ApiErrors.BadRequest("The body must be JSON.");
        return await Guarded(async () =>
        {
            switch (action)
            {
                case "start": await grain.Start(token); break;
                case "pause": await grain.Pause(token); break;
                case "resume": await grain.Resume(token); break;
                case "step": await grain.Step(token); break;
                case "end": await grain.End(token); break;
                case "extend": await grain.Extend(token, body.Seconds ?? 60); break;
                case "inject":
                    var console = await grain.GetConsole(token);
                    var opening = console.Tables[0].Opening;
                    Negotiation.Events.ScenarioEvent evt;
                    if (!string.IsNullOrWhiteSpace(body.Event))
                        evt = opening.Events.FirstOrDefault(e => e.Id == body.Event)
                              ?? throw new Refusal(RefusalKind.Invalid, $"The scenario has no event '{body.Event}'; it has {string.Join(", ", opening.Events.Select(e => e.Id))}.");
                    else
                    {
                        try { evt = EventSyntax.Parse(body.Yaml ?? "", opening, firstRound: 1); }
                        catch (EventSyntaxException e) { throw new Refusal(RefusalKind.Invalid, $"Event text, line {e.Line} column {e.Column}: {e.Message}"); }
                    }
                    await grain.Inject(token, evt, body.Table);
                    break;
                case "reassign":
                    var seat = await grain.Reassign(token, body.Table ?? 0, body.Country ?? "", body.To != "ai");
                    return Results.Json(seat);
                default: return ApiErrors.NotFound($"No instructor action '{action}'; actions: start, pause, resume, step, extend, inject, reassign, end.");
            }
            return Results.Json(new { ok = true });
        });
    }

    private static async Task<T?> Read<T>(HttpRequest request) where T : class
    {
        try { return await JsonSerializer.DeserializeAsync<T>(request.Body, Json); }
        catch (JsonException) { return null; }
    }
}
