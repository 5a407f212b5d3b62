using System.Text.Json;

namespace TechPact.Web.Tests.Fixtures;

/// <summary>Reads a text/event-stream to its end: every (event name, JSON data) in order.</summary>
public static class SseReader
{
    public sealed record Message(string Event, JsonElement Data);

    public static async Task<List<Message>> ReadAllAsync(HttpClient http, string path, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var messages = new List<Message>();
        string? name = null, data = null;
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            else if (line.Length == 0 && name is not null && data is not null)
            {
                messages.Add(new Message(name, JsonDocument.Parse(data).RootElement.Clone()));
                (name, data) = (null, null);
            }
        }
        return messages;
    }
}
