using System.Net.WebSockets;
using System.Text;

namespace TechPact.Agents.Hosting;

/// <summary>Protocol messages over a WebSocket: one text message each, at most
/// <see cref="Protocol.MaxMessageBytes"/> long. Used by the SDK's client and by the server.</summary>
public sealed class MessageSocket(WebSocket socket)
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public WebSocket Socket { get; } = socket;

    public async Task SendAsync(AgentMessage message, CancellationToken cancellation)
    {
        var bytes = Encoding.UTF8.GetBytes(AgentJson.Write(message));
        await _sending.WaitAsync(cancellation);
        try { await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellation); }
        finally { _sending.Release(); }
    }

    /// <returns>The next text message; null when the other side closed.</returns>
    /// <exception cref="AgentProtocolException">A binary message, or one longer than the limit.</exception>
    public async Task<string?> ReceiveAsync(CancellationToken cancellation)
    {
        var buffer = new byte[Protocol.MaxMessageBytes + 1];
        var length = 0;
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer.AsMemory(length), cancellation);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            if (result.MessageType != WebSocketMessageType.Text) throw new AgentProtocolException("a binary message: the protocol is JSON text");
            length += result.Count;
            if (length > Protocol.MaxMessageBytes) throw new AgentProtocolException($"a message longer than {Protocol.MaxMessageBytes} bytes");
            if (result.EndOfMessage) return Encoding.UTF8.GetString(buffer, 0, length);
        }
    }
}
