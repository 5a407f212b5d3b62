using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace TechPact.Host.Web.Api;

/// <summary>Every text/event-stream the server sends, through <see cref="TypedResults.ServerSentEvents{T}(IAsyncEnumerable{SseItem{T}})"/>:
/// named events with one JSON line of data each (the HTTP JSON options: camelCase), written as each one comes.
/// A stream ends quietly when the browser goes away or the server stops.</summary>
public static class EventStreams
{
    /// <summary>How long a stream stays silent before a keep-alive: keeps idle connections open through
    /// proxies, and a write to a browser that has gone ends the stream.</summary>
    public static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(15);

    /// <summary>An event no page listens for (EventSource delivers only the names it was asked for).</summary>
    public static readonly SseItem<object> KeepAlive = new(new KeepAliveData(), "keep-alive");

    public sealed record KeepAliveData;

    public static SseItem<object> Event(string name, object data) => new(data, name);

    /// <summary>The stream <paramref name="events"/> writes, cancelled by the browser leaving or the server stopping.</summary>
    public static IResult Stream(HttpContext http, Func<CancellationToken, IAsyncEnumerable<SseItem<object>>> events)
    {
        // nginx and its kind buffer a response unless told not to; a round must reach the page as it ends.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(Until(http, events));
    }

    /// <summary>The items of <paramref name="reader"/> as they come (each through <paramref name="map"/>, which may drop
    /// one by returning null), with a keep-alive after each <see cref="KeepAliveEvery"/> of silence; ends with the channel.</summary>
    public static async IAsyncEnumerable<SseItem<object>> Follow<T>(ChannelReader<T> reader, Func<T, ValueTask<SseItem<object>?>> map,
        [EnumeratorCancellation] CancellationToken cancellation)
    {
        while (true)
        {
            var ready = reader.WaitToReadAsync(cancellation).AsTask();
            if (await Task.WhenAny(ready, Task.Delay(KeepAliveEvery, cancellation)) != ready)
            {
                yield return KeepAlive;
                continue;
            }
            if (!await ready) yield break;
            while (reader.TryRead(out var item))
                if (await map(item) is { } sse) yield return sse;
        }
    }

    private static async IAsyncEnumerable<SseItem<object>> Until(HttpContext http, Func<CancellationToken, IAsyncEnumerable<SseItem<object>>> events,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping, cancellation);
        // The headers go out at once: the page sees the stream open before its first event, which may be a while.
        try { await http.Response.Body.FlushAsync(ending.Token); }
        catch (OperationCanceledException) { yield break; }
        await using var items = events(ending.Token).GetAsyncEnumerator(ending.Token);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync()) yield break;
            }
            catch (OperationCanceledException) { yield break; }
            yield return items.Current;
        }
    }
}
