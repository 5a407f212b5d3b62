using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web.Api;

/// <summary>The HTTP API under /api: scenarios, summits, and each summit's rounds as a stream.</summary>
public static class SummitApi
{
    public static void MapSummitApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/scenarios", (ScenarioLibrary library) => Results.Json(library.List()));
        // A classroom's tables are listed only to their session's instructor (ClassTables; the routes naming one summit are gated).
        api.MapGet("/summits", async (HttpContext http, LiveSummits live, ClassTables tables) =>
            Results.Json((await tables.Visible(http, live.All())).Select(s => s.State())));
        api.MapPost("/summits", StartSummit);
        api.MapPost("/summits/{id}/fork", ForkSummit);
        api.MapGet("/summits/feed", FollowListAsync);
        api.MapGet("/summits/{id}", async (string id, LiveSummits live) =>
            await live.FindAsync(id) is { } summit ? Results.Json(summit.State()) : UnknownSummit(id));
        api.MapGet("/summits/{id}/rounds", FollowRoundsAsync);
        api.MapGet("/summits/{id}/transcript", TranscriptAsync);
        api.Map("/{**rest}", (string? rest) => ApiErrors.NotFound($"No API at /api/{rest}."));
    }

    private static async Task<IResult> StartSummit(HttpRequest request, ScenarioLibrary library, SummitLauncher launcher)
    {
        var parsed = await StartRequest.ReadAsync(request);
        if (parsed.Problem is not null) return ApiErrors.BadRequest(parsed.Problem);
        var start = parsed.Request!;
        var scenario = library.Find(start.Scenario);
        if (scenario is null) return ApiErrors.NotFound($"No scenario '{start.Scenario}' in {library.Folder}.");
        var summit = await launcher.StartAsync(scenario, start.Seed, TimeSpan.FromMilliseconds(start.PaceMs));
        return Results.Json(summit.State(), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>POST /api/summits/{id}/fork {atRound, seed?, paceMs?}: a what-if fork of a summit,
    /// played in the cluster and shown on the page beside its parent.</summary>
    private static async Task<IResult> ForkSummit(string id, HttpRequest request, LiveSummits live, SummitLauncher launcher)
    {
        var parent = await live.FindAsync(id);
        if (parent is null) return UnknownSummit(id);
        var parsed = await ForkRequest.ReadAsync(request);
        if (parsed.Problem is not null) return ApiErrors.BadRequest(parsed.Problem);
        var (atRound, seed, paceMs) = parsed.Request!;
        var played = parent.State().Round;
        if (atRound >= played)
            return ApiErrors.BadRequest($"atRound must be from 0 to {played - 1}: the summit has played {played} rounds; got {atRound}.");
        var fork = await launcher.ForkAsync(id, atRound, seed, TimeSpan.FromMilliseconds(paceMs));
        return Results.Json(fork.State(), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>GET /api/summits/{id}/rounds: "summit" (the header), a "round" per round played and to come, "end" (its state).</summary>
    private static async Task<IResult> FollowRoundsAsync(string id, HttpContext context, LiveSummits live)
    {
        var summit = await live.FindAsync(id);
        if (summit is null) return UnknownSummit(id);
        return EventStreams.Stream(context, ending => Rounds(summit, ending));
    }

    private static async IAsyncEnumerable<SseItem<object>> Rounds(SummitReplica summit, [EnumeratorCancellation] CancellationToken ending)
    {
        var (past, later) = summit.Follow();
        try
        {
            yield return EventStreams.Event("summit", summit.Header);
            foreach (var frame in past) yield return EventStreams.Event("round", frame);
            if (later is not null)
                await foreach (var item in EventStreams.Follow(later, frame => ValueTask.FromResult<SseItem<object>?>(EventStreams.Event("round", frame)), ending))
                    yield return item;
            yield return EventStreams.Event("end", summit.State());
        }
        finally { summit.Unfollow(later); }
    }

    /// <summary>GET /api/summits/feed: a "summit" header for each summit this browser may watch, known and to come.</summary>
    private static IResult FollowListAsync(HttpContext context, LiveSummits live, ClassTables tables) =>
        EventStreams.Stream(context, ending => Headers(context, live, tables, ending));

    private static async IAsyncEnumerable<SseItem<object>> Headers(HttpContext context, LiveSummits live, ClassTables tables,
        [EnumeratorCancellation] CancellationToken ending)
    {
        var (known, later) = live.FollowList();
        var asked = new Dictionary<string, bool>(StringComparer.Ordinal);
        try
        {
            foreach (var header in known)
                if (await tables.MayWatch(context, header.SummitId, asked)) yield return EventStreams.Event("summit", header);
            await foreach (var item in EventStreams.Follow(later, async header =>
                               await tables.MayWatch(context, header.SummitId, asked) ? EventStreams.Event("summit", header) : (SseItem<object>?)null, ending))
                yield return item;
        }
        finally { live.UnfollowList(later); }
    }

    private static async Task<IResult> TranscriptAsync(string id, LiveSummits live, IGrainFactory grains)
    {
        if (await live.FindAsync(id) is null) return UnknownSummit(id);
        var log = await grains.GetGrain<TechPact.Contracts.Summits.ISummitGrain>(id).GetLog();
        return Results.Text(TechPact.Scenarios.Reports.TranscriptJsonl.Write(log.Scenario, log.Transcript), "application/x-ndjson");
    }

    private static IResult UnknownSummit(string id) => ApiErrors.NotFound($"No summit '{id}' on this server.");

    /// <summary>POST /api/summits body: {"scenario": "us-japan-korea", "seed": 7, "paceMs": 500}; seed and paceMs optional.</summary>
    private sealed record StartRequest(string Scenario, long? Seed, int PaceMs)
    {
        public static async Task<(StartRequest? Request, string? Problem)> ReadAsync(HttpRequest request)
        {
            var body = await JsonBody.ReadAsync(request, "{\"scenario\": \"us-japan-korea\", \"seed\": 7, \"paceMs\": 500}");
            var scenario = body.String("scenario", "the id of a scenario from GET /api/scenarios", required: true, maxLength: 200);
            var seed = body.Integer("seed", "the seed (leave it out for the scenario's)", long.MinValue, long.MaxValue, digits: true);
            var pace = body.Integer("paceMs", "the milliseconds between rounds", 0, SummitLauncher.MaxPaceMs) ?? 0;
            if (body.Problem is null && string.IsNullOrWhiteSpace(scenario)) return (null, "'scenario' is required: the id of a scenario from GET /api/scenarios.");
            return body.Problem is { } problem ? (null, problem) : (new StartRequest(scenario!, seed, (int)pace), null);
        }
    }

    /// <summary>POST /api/summits/{id}/fork body: {"atRound": 2, "seed": 9, "paceMs": 400}; seed and paceMs optional.</summary>
    private sealed record ForkRequest(int AtRound, long? Seed, int PaceMs)
    {
        public static async Task<(ForkRequest? Request, string? Problem)> ReadAsync(HttpRequest request)
        {
            var body = await JsonBody.ReadAsync(request, "{\"atRound\": 2, \"seed\": 9}");
            var atRound = body.Integer("atRound", "the round to fork after", 0, int.MaxValue, required: true);
            var seed = body.Integer("seed", "the fork's seed", long.MinValue, long.MaxValue, digits: true);
            var pace = body.Integer("paceMs", "the milliseconds between rounds", 0, SummitLauncher.MaxPaceMs) ?? 0;
            return body.Problem is { } problem ? (null, problem) : (new ForkRequest((int)atRound!.Value, seed, (int)pace), null);
        }
    }
}
