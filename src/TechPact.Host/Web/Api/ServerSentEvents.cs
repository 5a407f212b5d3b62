using System.Text.Json;

namespace TechPact.Host.Web.Api;

/// <summary>Writes a text/event-stream response: named events with one JSON line of data each,
/// flushed at once so each round reaches the browser as it ends.</summary>
public sealed class ServerSentEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpResponse _response;

    private ServerSentEvents(HttpResponse response) => _response = response;

    public static async Task<ServerSentEvents> StartAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(context.RequestAborted);
        return new ServerSentEvents(response);
    }

    public async Task SendAsync<T>(string name, T data, CancellationToken cancellation)
    {
        var payload = JsonSerializer.Serialize(data, Json);
        await _response.WriteAsync($"event: {name}\ndata: {payload}\n\n", cancellation);
        await _response.Body.FlushAsync(cancellation);
    }

    /// <summary>A comment line: keeps idle connections open through proxies and detects gone clients.</summary>
    public async Task KeepAliveAsync(CancellationToken cancellation)
    {
        await _response.WriteAsync(": keep-alive\n\n", cancellation);
        await _response.Body.FlushAsync(cancellation);
    }
}
