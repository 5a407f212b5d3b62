namespace TechPact.Host.Web.Security;

/// <summary>While the storage probe says storage is down, a request that would change state gets
/// a 503 at once, saying so, instead of a grain call that waits out Redis's timeouts and fails.
/// Reads go on: what this server has in memory can still be shown.</summary>
public sealed class StorageGate(RequestDelegate next, StorageProbe probe)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (probe.IsAvailable || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return next(http);
        http.Response.Headers.RetryAfter = "5";
        return Results.Json(new ApiErrors.Error($"{probe.Problem}; nothing was changed. Try again when storage is back."),
            statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
    }
}
