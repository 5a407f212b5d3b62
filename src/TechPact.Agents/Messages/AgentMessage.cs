using System.Text.Json.Serialization;

namespace TechPact.Agents.Messages;

/// <summary>One message of the agent protocol, a JSON object with a <c>type</c>. Version 1 of the
/// protocol is <see cref="Protocol.Version"/>; a message may carry <c>"v": 1</c>, and a reader of
/// version 1 ignores members it does not know (a later minor addition), never a <c>v</c> it does not speak.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TurnMessage), "turn")]
[JsonDerivedType(typeof(MoveMessage), "move")]
[JsonDerivedType(typeof(AcceptedMessage), "accepted")]
[JsonDerivedType(typeof(RefusedMessage), "refused")]
[JsonDerivedType(typeof(EndMessage), "end")]
[JsonDerivedType(typeof(JoinMessage), "join")]
[JsonDerivedType(typeof(WelcomeMessage), "welcome")]
[JsonDerivedType(typeof(ErrorMessage), "error")]
public abstract record AgentMessage
{
    /// <summary>The protocol version the sender speaks; absent means 1.</summary>
    [JsonPropertyOrder(-1)]
    public int? V { get; init; } = Protocol.Version;
}

public static class Protocol
{
    public const int Version = 1;
    public const string Name = "techpact-agent/1";

    /// <summary>The longest line (stdio) or message (WebSocket) an agent may send, in bytes.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    /// <summary>JSON nesting an agent's message may use; a move needs 4.</summary>
    public const int MaxDepth = 16;
}
