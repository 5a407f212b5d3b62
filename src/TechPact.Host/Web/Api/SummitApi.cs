using System.Text.Json;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web.Api;

/// <summary>The HTTP API under /api: scenarios, summits, and each summit's rounds as a stream.</summary>
public static class SummitApi
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

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
        if (parsed.Error is not null) return ApiErrors.BadRequest(parsed.Error);
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
        JsonElement body;
        try { body = (await JsonDocument.ParseAsync(request.Body)).RootElement; }
        catch (JsonException e) { return ApiErrors.BadRequest($"The body is not JSON: {e.Message}"); }
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("atRound", out var at) || !at.TryGetInt32(out var atRound))
            return ApiErrors.BadRequest("Expected {\"atRound\": K} with K a whole number of rounds.");
        var played = parent.State().Round;
        if (atRound < 0 || atRound >= played)
            return ApiErrors.BadRequest($"atRound must be from 0 to {played - 1}: the summit has played {played} rounds; got {atRound}.");
        long? seed = null;
        if (body.TryGetProperty("seed", out var s))
        {
            if (!s.TryGetInt64(out var value)) return ApiErrors.BadRequest("'seed' must be a whole number.");
            seed = value;
        }
        var paceMs = body.TryGetProperty("paceMs", out var p) && p.TryGetInt32(out var ms) ? ms : 0;
        if (paceMs is < 0 or > SummitLauncher.MaxPaceMs)
            return ApiErrors.BadRequest($"'paceMs' must be from 0 to {SummitLauncher.MaxPaceMs}.");
        var fork = await launcher.ForkAsync(id, atRound, seed, TimeSpan.FromMilliseconds(paceMs));
        return Results.Json(fork.State(), statusCode: StatusCodes.Status201Created);
    }

    private static async Task FollowRoundsAsync(string id, HttpContext context, LiveSummits live, IHostApplicationLifetime lifetime)
    {
        var summit = await live.FindAsync(id);
        if (summit is null)
        {
            await UnknownSummit(id).ExecuteAsync(context);
            return;
        }
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var (past, later) = summit.Follow();
        try
        {
            var events = await ServerSentEvents.StartAsync(context);
            await events.SendAsync("summit", summit.Header, ending.Token);
            foreach (var frame in past) await events.SendAsync("round", frame, ending.Token);
            if (later is not null)
            {
                while (await WaitAsync(later, events, ending.Token))
                    while (later.TryRead(out var frame)) await events.SendAsync("round", frame, ending.Token);
            }
            await events.SendAsync("end", summit.State(), ending.Token);
        }
        catch (OperationCanceledException) { }
        finally { summit.Unfollow(later); }
    }

    private static async Task FollowListAsync(HttpContext context, LiveSummits live, ClassTables tables, IHostApplicationLifetime lifetime)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var (known, later) = live.FollowList();
        var asked = new Dictionary<string, bool>(StringComparer.Ordinal);
        try
        {
            var events = await ServerSentEvents.StartAsync(context);
            foreach (var header in known)
                if (await tables.MayWatch(context, header.SummitId, asked)) await events.SendAsync("summit", header, ending.Token);
            while (await WaitAsync(later, events, ending.Token))
                while (later.TryRead(out var header))
                    if (await tables.MayWatch(context, header.SummitId, asked)) await events.SendAsync("summit", header, ending.Token);
        }
        catch (OperationCanceledException) { }
        finally { live.UnfollowList(later); }
    }

    /// <summary>Waits for the next item, sending a keep-alive comment while none comes.</summary>
    private static async Task<bool> WaitAsync<T>(System.Threading.Channels.ChannelReader<T> reader, ServerSentEvents events, CancellationToken cancellation)
    {
        while (true)
        {
            var ready = reader.WaitToReadAsync(cancellation).AsTask();
            if (await Task.WhenAny(ready, Task.Delay(KeepAlive, cancellation)) == ready) return await ready;
            await events.KeepAliveAsync(cancellation);
        }
    }

    /// <summary>The summit's transcript as JSONL, read from its grain (the stored log, not this server's copy).</summary>
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
        public static async Task<(StartRequest? Request, string? Error)> ReadAsync(HttpRequest request)
        {
            JsonDocument document;
            try { document = await JsonDocument.ParseAsync(request.Body); }
            catch (JsonException) { return (null, "The body must be JSON: {\"scenario\": \"...\", \"seed\": 7, \"paceMs\": 500}."); }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object) return (null, "The body must be a JSON object.");
                if (!root.TryGetProperty("scenario", out var scenario) || scenario.ValueKind != JsonValueKind.String ||
                    string.IsNullOrWhiteSpace(scenario.GetString()))
                    return (null, "\"scenario\" is required: the id of a scenario from GET /api/scenarios.");
                long? seed = null;
                if (root.TryGetProperty("seed", out var s) && s.ValueKind != JsonValueKind.Null)
                {
                    if (s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n)) seed = n;
                    else if (s.ValueKind == JsonValueKind.String && long.TryParse(s.GetString(), out var t)) seed = t;
                    else return (null, $"\"seed\" must be a whole number; got {s.GetRawText()}.");
                }
                var pace = 0;
                if (root.TryGetProperty("paceMs", out var p) && p.ValueKind != JsonValueKind.Null)
                {
                    if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out pace) || pace < 0 || pace > SummitLauncher.MaxPaceMs)
                        return (null, $"\"paceMs\" must be a whole number of milliseconds from 0 to {SummitLauncher.MaxPaceMs}; got {p.GetRawText()}.");
                }
                return (new StartRequest(scenario.GetString()!, seed, pace), null);
            }
        }
    }
}
