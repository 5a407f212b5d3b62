using Microsoft.AspNetCore.Diagnostics;

namespace TechPact.Host.Web.Security;

/// <summary>Every failure is a JSON {"error": "…"} with a status that says whose fault it is,
/// never an empty 500: an exception anywhere becomes 500 (ours) or 503 (storage or the cluster
/// is away: try again), and a bare status from the framework (404 for no route, 405, 413 for a
/// body over the limit) gets a body saying so.</summary>
public static class JsonErrors
{
    public static void UseJsonErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync, StatusCodeSelector = StatusOf });
        app.UseStatusCodePages(context => WriteBareStatusAsync(context.HttpContext));
    }

    private static async Task WriteExceptionAsync(HttpContext http)
    {
        var exception = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = exception is null ? StatusCodes.Status500InternalServerError : StatusOf(exception);
        var message = status switch
        {
            StatusCodes.Status503ServiceUnavailable =>
                "Storage or the cluster is not answering, so nothing could be read or changed; try again in a moment.",
            StatusCodes.Status500InternalServerError =>
                $"Something went wrong on the server (request {http.TraceIdentifier}); it is in the server's log.",
            _ => exception is BadHttpRequestException bad ? bad.Message : "The request could not be handled.",
        };
        if (status == StatusCodes.Status500InternalServerError)
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TechPact.Host.Web")
                .LogError(exception, "Request {Id} {Method} {Path} failed", http.TraceIdentifier, http.Request.Method, http.Request.Path);
        http.Response.StatusCode = status;
        await Results.Json(new ApiErrors.Error(message), statusCode: status).ExecuteAsync(http);
    }

    /// <summary>503 for what passes when storage or a silo comes back; the request's own status
    /// for a bad request (a body over the size limit is 413); 500 for the rest.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static bool IsUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is StackExchange.Redis.RedisException or Orleans.Persistence.Redis.RedisStorageException or TimeoutException
                or SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException)
                return true;
        return false;
    }

    private static Task WriteBareStatusAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var message = status switch
        {
            StatusCodes.Status404NotFound => $"Nothing at {http.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed at {http.Request.Path}.",
            StatusCodes.Status413PayloadTooLarge => $"The body is larger than {Scenarios.Limits.InputLimits.MaxRequestBodyBytes / 1024} KiB.",
            StatusCodes.Status401Unauthorized => "This needs the instructor's login.",
            _ => $"HTTP {status}.",
        };
        return Results.Json(new ApiErrors.Error(message), statusCode: status).ExecuteAsync(http);
    }
}
