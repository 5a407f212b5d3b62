using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TechPact.Classroom.Tests.Fixtures;

/// <summary>Reads a text/event-stream as the pages do: (event name, JSON data, when it arrived), in order.</summary>
public static class Sse
{
    public sealed record Message(string Event, JsonElement Data, string Raw, DateTime At);

    /// <summary>Every message until the stream ends or <paramref name="cancellation"/> fires (then it stops quietly).</summary>
    public static async IAsyncEnumerable<Message> ReadAsync(HttpClient http, string path, [EnumeratorCancellation] CancellationToken cancellation)
    {
        HttpResponseMessage response;
        try { response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellation); }
        catch (OperationCanceledException) { yield break; }
        using (response)
        {
            // The body is read only for a refusal: read from a stream that is OK, it would not end.
            if (response.StatusCode != HttpStatusCode.OK)
                Assert.Fail($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellation));
            string? name = null, data = null;
            while (true)
            {
                string? line;
                // The read itself takes the token: cancelling a read of an HTTP response aborts its connection. (A read left
                // pending behind WaitAsync made disposing the response wait for it, for ever, on a stream that sent nothing.)
                try { line = await reader.ReadLineAsync(cancellation); }
                catch (Exception e) when (e is OperationCanceledException or IOException) { yield break; }
                if (line is null) yield break;
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && name is not null && data is not null)
                {
                    yield return new Message(name, JsonDocument.Parse(data).RootElement.Clone(), data, DateTime.UtcNow);
                    (name, data) = (null, null);
                }
            }
        }
    }

    /// <summary>The messages that arrive within <paramref name="duration"/>.</summary>
    public static async Task<List<Message>> CollectAsync(HttpClient http, string path, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var messages = new List<Message>();
        await foreach (var message in ReadAsync(http, path, stop.Token)) messages.Add(message);
        return messages;
    }
}
