using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechPact.Agents.Messages;

/// <summary>Reads and writes protocol messages: one JSON object per line (stdio) or per WebSocket
/// text message, camelCase member names, <c>type</c> anywhere in the object.</summary>
public static class AgentJson
{
    public static string Write(AgentMessage message) => JsonSerializer.Serialize(message, AgentJsonContext.Default.AgentMessage);

    /// <summary>Parses one message. Anything that is not a message of this protocol version is an
    /// <see cref="AgentProtocolException"/> whose text says what was wrong, in words.</summary>
    public static AgentMessage Read(string text)
    {
        if (text.Length > Protocol.MaxMessageBytes)
            throw new AgentProtocolException($"a message longer than {Protocol.MaxMessageBytes} bytes");
        JsonDocument document;
        try { document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = Protocol.MaxDepth }); }
        catch (JsonException e) { throw new AgentProtocolException($"not JSON ({Plain(e)}): {Excerpt(text)}"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new AgentProtocolException($"a message must be a JSON object, not {Kind(root.ValueKind)}: {Excerpt(text)}");
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                throw new AgentProtocolException($"a message needs a \"type\" (e.g. \"move\"): {Excerpt(text)}");
            if (root.TryGetProperty("v", out var v) && !(v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var version) && version == Protocol.Version))
                throw new AgentProtocolException($"the message speaks protocol version {Excerpt(v.GetRawText(), 20)}; this server speaks {Protocol.Version}");
            try
            {
                return root.Deserialize(AgentJsonContext.Default.AgentMessage) ?? throw new AgentProtocolException("a null message");
            }
            catch (JsonException e) when (e.Message.Contains("discriminator", StringComparison.OrdinalIgnoreCase))
            {
                throw new AgentProtocolException($"unknown message type '{Excerpt(type.GetString()!, 40)}': {Protocol.Name} has turn, move, accepted, refused, end, join, welcome and error");
            }
            catch (JsonException e)
            {
                throw new AgentProtocolException($"not a valid '{Excerpt(type.GetString()!, 40)}' message ({Plain(e)}): {Excerpt(text)}");
            }
        }
    }

    /// <summary>The message's <c>type</c> as it travels.</summary>
    public static string TypeName(AgentMessage message) => message switch
    {
        TurnMessage => "turn", MoveMessage => "move", AcceptedMessage => "accepted", RefusedMessage => "refused",
        EndMessage => "end", JoinMessage => "join", WelcomeMessage => "welcome", ErrorMessage => "error",
        _ => message.GetType().Name,
    };

    /// <summary>The start of a text, one line, control characters shown as \u codes: safe to print anywhere.</summary>
    public static string Excerpt(string text, int max = 80)
    {
        var cut = text.Length > max ? text[..max] + "…" : text;
        return string.Concat(cut.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }

    private static string Plain(JsonException e) =>
        e.Path is { Length: > 0 } path && e.BytePositionInLine is { } column
            ? $"at {path}, column {column + 1}: {FirstSentence(e.Message)}"
            : FirstSentence(e.Message);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}

/// <summary>A message that is not the protocol; the text says why.</summary>
public sealed class AgentProtocolException(string message) : Exception(message);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    MaxDepth = Protocol.MaxDepth,
    WriteIndented = false)]
[JsonSerializable(typeof(AgentMessage))]
internal sealed partial class AgentJsonContext : JsonSerializerContext;
