using System.Security.Cryptography;

namespace TechPact.Host.Web.Classroom;

/// <summary>The classroom API under /api/classroom. A malformed body is a 400 naming the field; every
/// grain refusal becomes 400/403/404/409 JSON.</summary>
public static class ClassroomApi
{
    private const string CreateExample = "{\"scenario\": \"us-japan-korea\", \"tables\": 2, \"deadlineSeconds\": 180, " +
                                         "\"countries\": [{\"country\": \"US\", \"human\": true, \"strategy\": \"boulware\"}, …]}";

    private static readonly string[] Actions = ["start", "pause", "resume", "step", "extend", "inject", "reassign", "end"];

    public static void MapClassroomApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/classroom");
        api.MapGet("/scenarios/{id}", (string id, ScenarioLibrary library) => library.Find(id) is { } s
            ? Results.Json(new ScenarioSetup(s.Id, s.Title, s.Description, s.Rules.MaxRounds, s.Rules.Protocol, StrategyCatalog.Names,
                [.. s.Countries.Select(c => new CountryDefault(c.Id, c.Name, c.Strategy.Name))]))
            : ApiErrors.NotFound($"No scenario '{id}' in {library.Folder}."));
        api.MapPost("/sessions", Create);
        api.MapPost("/join", Join);
        api.MapGet("/sessions/{session}/console", (string session, HttpContext http, IGrainFactory grains) =>
            Guarded(async () => Results.Json(await ConsoleAsync(http, Grain(grains, session), session))));
        api.MapGet("/sessions/{session}/console/stream", (string session, HttpContext http, IGrainFactory grains) =>
            ClassroomStreams.Follow(http, Grain(grains, session), "console", async g => await ConsoleAsync(http, g, session)));
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

    private static async Task<ConsoleView> ConsoleAsync(HttpContext http, IClassroomGrain grain, string session)
    {
        var addresses = http.RequestServices.GetRequiredService<ServerAddresses>();
        var bases = addresses.StudentUrls.Count > 0 ? addresses.StudentUrls : [addresses.LocalUrl];
        return ClassroomViews.Console(await grain.GetConsole(InstructorToken(http, session)), StorageNotice.IsDurable(http.RequestServices),
            [.. bases.Select(b => b + "join")]);
    }

    internal static async Task<IResult> Guarded(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (Refusal refusal) { return ClassroomAuth.Refused(refusal); }
    }

    private static async Task<IResult> Create(HttpContext http, ScenarioLibrary library, IGrainFactory grains)
    {
        var body = await JsonBody.ReadAsync(http.Request, CreateExample);
        var scenarioId = body.String("scenario", "the id of a scenario from GET /api/scenarios", required: true, maxLength: 200);
        var tables = body.Integer("tables", "how many tables play the scenario side by side", 1, ClassroomSetup.MaxTables, required: true);
        var deadline = body.Integer("deadlineSeconds", "how long each round stays open, in seconds",
            ClassroomSetup.MinDeadlineSeconds, ClassroomSetup.MaxDeadlineSeconds, required: true);
        var seed = body.Integer("seed", "the seed (leave it out for the scenario's)", long.MinValue, long.MaxValue);
        var strategies = $"the AI strategy that plays the country (and a student's seat that misses a deadline): one of {string.Join(", ", StrategyCatalog.Names)}";
        var plans = body.Objects("countries", "country plans, {\"country\": \"US\", \"human\": true, \"strategy\": \"boulware\"}", 64, required: true)
            .Select(c => new CountryPlan(
                c.String("country", "a country id of the scenario", required: true, maxLength: 64) ?? "",
                c.Boolean("human", "whether students play the country (true) or the AI (false)", required: true) ?? false,
                c.String("strategy", strategies, required: true, maxLength: 64) ?? ""))
            .ToList();
        if (body.Problem is { } problem) return ApiErrors.BadRequest(problem);
        var scenario = library.Find(scenarioId!);
        if (scenario is null) return ApiErrors.NotFound($"No scenario '{scenarioId}' in {library.Folder}.");
        var session = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 8);
        var setup = new ClassroomSetup(scenarioId!, scenario, scenario.RulesWith(seed: seed), [.. plans], (int)tables!.Value, (int)deadline!.Value);
        return await Guarded(async () =>
        {
            var created = await Grain(grains, session).Create(setup);
            ClassroomAuth.SetCookie(http, ClassroomAuth.InstructorCookie(session), created.InstructorToken);
            return Results.Json(new SessionCreated(created.SessionId, created.InstructorToken, $"/instructor/{session}"), statusCode: StatusCodes.Status201Created);
        });
    }

    /// <summary>The code names its session through the code directory; the seat's cookie is set here. A
    /// browser that already holds the seat (its cookie) may join again; another device may not.</summary>
    private static async Task<IResult> Join(HttpContext http, IGrainFactory grains)
    {
        var body = await JsonBody.ReadAsync(http.Request, "{\"code\": \"K7MQ-2XPR\"}");
        var code = body.String("code", "the join code your instructor gave you, e.g. K7MQ-2XPR", required: true, maxLength: 64);
        if (body.Problem is { } problem) return ApiErrors.BadRequest(problem);
        return await Guarded(async () =>
        {
            var ticket = await JoinCodes.JoinAsync(grains, code, [.. ClassroomAuth.SeatTokens(http.Request)]);
            ClassroomAuth.SetCookie(http, ClassroomAuth.SeatCookie(ticket.SessionId, ticket.Table, ticket.Country), ticket.Token);
            return Results.Json(new SeatJoined(ticket.SessionId, ticket.Table, ticket.Country, ticket.Token, $"/seat/{ticket.SessionId}/{ticket.Table}/{ticket.Country}"));
        });
    }

    private static async Task<IResult> Submit(string session, int table, string country, HttpContext http, IGrainFactory grains)
    {
        var (body, problem) = await SubmitBody.ReadAsync(http.Request);
        if (body is null) return ApiErrors.BadRequest(problem!);
        return await Guarded(async () => Results.Json(ClassroomViews.Seat(
            await Grain(grains, session).Submit(table, country, SeatToken(http, session, table, country), body.Round, body.Answer))));
    }

    private static async Task<IResult> Act(string session, string action, HttpContext http, IGrainFactory grains)
    {
        if (!Actions.Contains(action)) return ApiErrors.NotFound($"No instructor action '{action}'; actions: {string.Join(", ", Actions)}.");
        var grain = Grain(grains, session);
        var token = InstructorToken(http, session);
        var body = await JsonBody.ReadAsync(http.Request, "{}", emptyIsObject: true);
        var table = body.Integer("table", "a table number", 1, ClassroomSetup.MaxTables, required: action == "reassign");
        var seconds = action == "extend" ? body.Integer("seconds", "how many seconds to add", 1, ClassroomSetup.MaxDeadlineSeconds) : null;
        var country = action == "reassign" ? body.String("country", "the seat's country id", required: true, maxLength: 64) : null;
        var to = action == "reassign" ? body.String("to", "who plays the seat now: \"student\" (a new join code) or \"ai\"", required: true, maxLength: 16) : null;
        if (to is not (null or "student" or "ai")) return ApiErrors.BadRequest($"'to' must be \"student\" or \"ai\"; got \"{Scenarios.Limits.TextRules.Visible(to)}\".");
        var eventId = action == "inject" ? body.String("event", "the id of one of the scenario's events", maxLength: 64) : null;
        // The event text's own limits (size, depth) are the event parser's: it names them.
        var yaml = action == "inject" ? body.String("yaml", "an event in the scenario's event syntax", maxLength: int.MaxValue) : null;
        if (action == "inject" && body.Problem is null && string.IsNullOrWhiteSpace(eventId) && string.IsNullOrWhiteSpace(yaml))
            return ApiErrors.BadRequest("Name a scenario event (\"event\": \"its id\") or type one (\"yaml\": \"{round: 2, id: …, effects: […]}\").");
        if (body.Problem is { } problem) return ApiErrors.BadRequest(problem);
        return await Guarded(async () =>
        {
            switch (action)
            {
                case "start": await grain.Start(token); break;
                case "pause": await grain.Pause(token); break;
                case "resume": await grain.Resume(token); break;
                case "step": await grain.Step(token); break;
                case "end": await grain.End(token); break;
                case "extend": await grain.Extend(token, (int)(seconds ?? 60)); break;
                case "inject":
                    var opening = (await grain.GetConsole(token)).Tables[0].Opening;
                    var fired = await grain.Inject(token, EventOf(opening, eventId, yaml), (int?)table);
                    return Results.Json(new InjectDone(true, fired));
                case "reassign":
                    return Results.Json(await grain.Reassign(token, (int)table!.Value, country!, to == "student"));
            }
            return Results.Json(Acknowledged.Done);
        });
    }

    /// <summary>A scenario event by id, or one typed in the event syntax; refused with the reason.</summary>
    private static ScenarioEvent EventOf(Negotiation.Summits.Scenario opening, string? id, string? yaml)
    {
        if (!string.IsNullOrWhiteSpace(id))
            return opening.Events.FirstOrDefault(e => e.Id == id)
                   ?? throw new Refusal(RefusalKind.Invalid, $"The scenario has no event '{Scenarios.Limits.TextRules.Visible(id)}'; it has {string.Join(", ", opening.Events.Select(e => e.Id))}.");
        try { return EventSyntax.Parse(yaml ?? "", opening, firstRound: 1); }
        catch (EventSyntaxException e) { throw new Refusal(RefusalKind.Invalid, $"Event text, line {e.Line} column {e.Column}: {e.Message}"); }
    }
}
