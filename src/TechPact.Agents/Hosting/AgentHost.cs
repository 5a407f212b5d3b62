using System.Net.WebSockets;
using System.Text;

namespace TechPact.Agents.Hosting;

/// <summary>Runs an <see cref="IAgent"/> over one of the protocol's transports.</summary>
public static class AgentHost
{
    /// <summary>The stdio transport, in one line from Main: <c>return AgentHost.RunStdio(new MyAgent());</c>.
    /// Reads turns from standard input and writes moves to standard output, one JSON line each;
    /// returns 0 when the summit ends or standard input closes. Log to standard error, never to standard output.</summary>
    public static int RunStdio(IAgent agent)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return RunAsync(agent, input, output).GetAwaiter().GetResult();
    }

    /// <summary>The stdio loop over any reader and writer (what <see cref="RunStdio"/> runs; tests call it directly).</summary>
    public static async Task<int> RunAsync(IAgent agent, TextReader input, TextWriter output, CancellationToken cancellation = default)
    {
        while (await input.ReadLineAsync(cancellation) is { } line)
        {
            if (line.Length == 0) continue;
            var reply = Handle(agent, AgentJson.Read(line), out var over);
            if (reply is not null)
            {
                await output.WriteLineAsync(AgentJson.Write(reply));
                await output.FlushAsync(cancellation);
            }
            if (over) return 0;
        }
        return 0;
    }

    /// <summary>The network transport: connects to a running <c>techpact serve</c> (e.g.
    /// <c>ws://127.0.0.1:5000/api/agents</c>), takes the seat the join code opens and plays it to the end.</summary>
    /// <returns>The end of the summit, or null when the server closed the connection first.</returns>
    public static async Task<EndMessage?> RunNetworkAsync(IAgent agent, Uri server, string joinCode, string? name = null,
        CancellationToken cancellation = default)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(server, cancellation);
        var connection = new MessageSocket(socket);
        await connection.SendAsync(new JoinMessage(joinCode, name), cancellation);
        while (await connection.ReceiveAsync(cancellation) is { } text)
        {
            var message = AgentJson.Read(text);
            if (message is ErrorMessage error) throw new AgentProtocolException($"the server refused the connection: {error.Reason}");
            var reply = Handle(agent, message, out var over);
            if (reply is not null) await connection.SendAsync(reply, cancellation);
            if (over)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "summit over", cancellation);
                return (EndMessage)message;
            }
        }
        return null;
    }

    private static AgentMessage? Handle(IAgent agent, AgentMessage message, out bool over)
    {
        over = false;
        switch (message)
        {
            case TurnMessage turn: return agent.Move(turn) with { V = Protocol.Version };
            case AcceptedMessage accepted: agent.Accepted(accepted); break;
            case RefusedMessage refused: agent.Refused(refused); break;
            case EndMessage end: agent.Ended(end); over = true; break;
        }
        return null;
    }
}
