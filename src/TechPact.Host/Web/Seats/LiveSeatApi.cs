using System.Security.Cryptography;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web.Seats;

/// <summary>"Take this seat" on the live page: a person plays a country of a running summit in the
/// browser, under a round deadline, from the next round. Taking a seat sets the seat's token as an
/// HttpOnly, SameSite=Strict cookie (or returns it for an Authorization: Bearer header); every read and
/// every move of the seat needs it, and the summit grain checks it. The page is the classroom's seat page.</summary>
public static class LiveSeatApi
{
    public const int MinRoundSeconds = 10;
    public const int MaxRoundSeconds = 3600;

    public static void MapLiveSeats(this IEndpointRouteBuilder app)
    {
        var seat = app.MapGroup("/api/summits/{id}/seats/{country}");
        seat.MapPost("", TakeAsync);
        seat.MapGet("", (string id, string country, HttpContext http, IGrainFactory grains, LiveSummits live) =>
            ClassroomApi.Guarded(async () => Results.Json(await ViewAsync(grains, live, id, country, Token(http, id, country)))));
        seat.MapGet("/stream", (string id, string country, HttpContext http, IGrainFactory grains, LiveSummits live) =>
            ClassroomStreams.Follow(http, grains.GetGrain<ISummitGrain>(id).WaitForChange, "seat",
                async () => await ViewAsync(grains, live, id, country, Token(http, id, country))));
        seat.MapPost("/submit", SubmitAsync);
        seat.MapPost("/leave", LeaveAsync);
        app.MapGet("/play/{id}/{country}", () => ClassroomPages.SeatPage());
    }

    /// <summary>POST /api/summits/{id}/seats/{country} {"roundSeconds": 120}: the seat, from the next round.</summary>
    private static async Task<IResult> TakeAsync(string id, string country, HttpContext http, IGrainFactory grains, LiveSummits live)
    {
        if (await live.FindAsync(id) is null) return ApiErrors.NotFound($"No summit '{id}' on this server.");
        var body = await JsonBody.ReadAsync(http.Request, "{\"roundSeconds\": 120}", emptyIsObject: true);
        var roundSeconds = body.Integer("roundSeconds", "the round deadline in seconds", MinRoundSeconds, MaxRoundSeconds);
        if (body.Problem is { } problem) return ApiErrors.BadRequest(problem);
        var summit = grains.GetGrain<ISummitGrain>(id);
        return await ClassroomApi.Guarded(async () =>
        {
            var view = await summit.GetView();
            if (view.Owner is not null)
                throw new Refusal(RefusalKind.Conflict, $"This summit's seats are handed out by its {view.Owner.Split(' ')[0]}: ask its instructor.");
            var c = view.Countries.Select(x => x.CountryId).ToList().IndexOf(country);
            if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
            if (view.Seats.Length > c && view.Seats[c].Kind != SeatKind.Strategy)
                throw new Refusal(RefusalKind.Conflict, $"{country}'s seat is taken already.");
            var token = Grains.Classroom.Secrets.Token();
            var roundTime = roundSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            await summit.TakeSeat(country, SeatSpec.Person("person"), token, "taken on the live page", roundTime);
            ClassroomAuth.SetCookie(http, Cookie(id, country), token);
            return Results.Json(new LiveSeatTaken(id, country, token, $"/play/{Uri.EscapeDataString(id)}/{Uri.EscapeDataString(country)}"),
                statusCode: StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> SubmitAsync(string id, string country, HttpContext http, IGrainFactory grains, LiveSummits live)
    {
        if (live.Find(id) is null) return ApiErrors.NotFound($"No summit '{id}' on this server.");
        var (body, problem) = await SubmitBody.ReadAsync(http.Request);
        if (body is null) return ApiErrors.BadRequest(problem!);
        var token = Token(http, id, country);
        return await ClassroomApi.Guarded(async () =>
        {
            await grains.GetGrain<ISummitGrain>(id).Submit(country, token, body.Round, body.Answer);
            return Results.Json(await ViewAsync(grains, live, id, country, token));
        });
    }

    /// <summary>POST …/leave: the AI plays the seat again.</summary>
    private static async Task<IResult> LeaveAsync(string id, string country, HttpContext http, IGrainFactory grains, LiveSummits live) =>
        live.Find(id) is null ? ApiErrors.NotFound($"No summit '{id}' on this server.") : await ClassroomApi.Guarded(async () =>
        {
            var summit = grains.GetGrain<ISummitGrain>(id);
            var seat = await summit.GetSeat(country, Token(http, id, country));
            await summit.TakeSeat(country, SeatSpec.Strategy(seat.View.Me.Strategy.Name), null, "the person left the seat", null);
            return Results.Json(Acknowledged.Done);
        });

    private static async Task<SeatPage> ViewAsync(IGrainFactory grains, LiveSummits live, string id, string country, string token)
    {
        if (await live.FindAsync(id) is null) throw new Refusal(RefusalKind.NotFound, $"No summit '{id}' on this server.");
        var summit = grains.GetGrain<ISummitGrain>(id);
        var seat = await summit.GetSeat(country, token);
        var view = await summit.GetView();
        var status = view.Stopped ? "ended" : view.IsOver ? "finished" : "running";
        return SeatJson.Of(seat, await summit.GetTranscript(), status, view.Title);
    }

    private static string Token(HttpContext http, string id, string country) => ClassroomAuth.Token(http.Request, Cookie(id, country));

    /// <summary>Named by a hash of the summit and country: ids may hold characters a cookie name can't.</summary>
    public static string Cookie(string id, string country) =>
        "tp-live-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}\n{country}")))[..20];
}
