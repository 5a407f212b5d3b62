using System.Net.WebSockets;
using TechPact.Agents.Hosting;
using TechPact.Agents.Messages;

namespace TechPact.Host.Web.Agents;

/// <summary>The network transport: an agent connects to <c>ws://HOST/api/agents</c>, sends a join message
/// with a seat's join code, and plays that seat as a student would. It is sent the same turn a person's
/// seat page shows (built from the same seat view), answers with a move, and is told whether it counted;
/// every move goes through the classroom grain and the seat's country grain, which check it. An agent is
/// a person's seat as far as the summit knows: the deadline is the round's, and a silent agent is a silent seat.</summary>
public static class AgentEndpoint
{
    public const string Path = "/api/agents";

    private static readonly TimeSpan JoinWithin = TimeSpan.FromSeconds(10);
    private const int WaitSeconds = 15;

    /// <summary>Answers an agent may give one round (refused ones included) before it is sent no more turns that round.</summary>
    private const int TriesPerRound = 3;

    public static void MapAgentEndpoint(this IEndpointRouteBuilder app) => app.Map(Path, ServeAsync);

    private static async Task ServeAsync(HttpContext http, IGrainFactory grains, IHostApplicationLifetime lifetime, ILoggerFactory logs)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await ApiErrors.BadRequest($"Connect with a WebSocket to {Path} and send {{\"type\": \"join\", \"code\": \"K7MQ2P\"}} first: see docs/agents.md.").ExecuteAsync(http);
            return;
        }
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new MessageSocket(socket);
        try
        {
            var seat = await JoinAsync(connection, grains, ending.Token);
            if (seat is not null) await PlayAsync(connection, seat.Value, ending.Token);
            if (socket.State == WebSocketState.Open)
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        catch (Exception e)
        {
            logs.CreateLogger(typeof(AgentEndpoint)).LogWarning(e, "An agent connection failed");
            await TrySendAsync(connection, new ErrorMessage("the server could not go on with this connection"));
        }
    }

    private readonly record struct Seat(IClassroomGrain Session, SeatTicket Ticket);

    private static async Task<Seat?> JoinAsync(MessageSocket connection, IGrainFactory grains, CancellationToken cancellation)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        within.CancelAfter(JoinWithin);
        AgentMessage? first;
        try { first = await connection.ReceiveAsync(within.Token) is { } text ? AgentJson.Read(text) : null; }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested) { first = null; }
        catch (AgentProtocolException e) { return await Refuse(connection, e.Message); }
        if (first is not JoinMessage join) return await Refuse(connection, $"the first message must be a join with the seat's code, within {JoinWithin.TotalSeconds:0} s");
        try
        {
            // A program is a device of its own: a code a browser has used already is refused (a new code from the instructor opens the seat here).
            var ticket = await JoinCodes.JoinAsync(grains, join.Code, []);
            var session = grains.GetGrain<IClassroomGrain>(ticket.SessionId);
            var held = await session.GetSeat(ticket.Table, ticket.Country, ticket.Token);
            await connection.SendAsync(new WelcomeMessage(held.Seat.SummitId, ticket.Country, ticket.SessionId, ticket.Table), cancellation);
            return new Seat(session, ticket);
        }
        catch (Refusal refusal) { return await Refuse(connection, refusal.Message); }
    }

    private static async Task PlayAsync(MessageSocket connection, Seat seat, CancellationToken cancellation)
    {
        var (session, ticket) = (seat.Session, seat.Ticket);
        var version = -1;
        var (round, tries) = (0, 0);
        while (!cancellation.IsCancellationRequested)
        {
            ClassroomSeat held;
            try { held = await session.GetSeat(ticket.Table, ticket.Country, ticket.Token); }
            catch (Refusal refusal)
            {
                // The instructor gave the seat to someone else: this connection's token no longer opens it.
                await TrySendAsync(connection, new ErrorMessage(refusal.Message));
                return;
            }
            if (held.Watching)
            {
                await TrySendAsync(connection, new ErrorMessage("the instructor handed this seat to the AI: it plays the seat now"));
                return;
            }
            var view = held.Seat.View;
            if (view.IsOver || held.Session.Status == ClassroomStatus.Ended)
            {
                await connection.SendAsync(AgentMessages.End(view, stopped: !view.IsOver), cancellation);
                return;
            }
            var open = held.Seat.OpenRound;
            if (open != round) (round, tries) = (open, 0);
            var clock = held.Seat.Clock;
            if (open > 0 && held.Seat.Submitted is null && !clock.Paused && held.Session.Status == ClassroomStatus.Running && tries < TriesPerRound)
            {
                tries++;
                var left = clock.Deadline is { } d ? d - clock.Now : TimeSpan.FromMinutes(10);
                if (left <= TimeSpan.Zero) { version = await session.WaitForChange(version, WaitSeconds); continue; }
                await connection.SendAsync(AgentMessages.Turn(held.Seat.SummitId, view, left), cancellation);
                if (!await AnswerAsync(connection, session, ticket, open, left, cancellation)) return;
                continue;
            }
            version = await session.WaitForChange(version, WaitSeconds);
        }
    }

    /// <returns>False when the agent has gone (closed the connection).</returns>
    private static async Task<bool> AnswerAsync(MessageSocket connection, IClassroomGrain session, SeatTicket ticket, int round, TimeSpan left,
        CancellationToken cancellation)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        within.CancelAfter(left);
        string? text;
        try { text = await connection.ReceiveAsync(within.Token); }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested) { return true; } // silent: the round's deadline decides
        catch (AgentProtocolException e)
        {
            await connection.SendAsync(new RefusedMessage(round, e.Message, Retry: true), cancellation);
            return true;
        }
        if (text is null) return false;
        try
        {
            if (AgentJson.Read(text) is not MoveMessage move)
                throw new AgentProtocolException($"expected a move for round {round}");
            await session.Submit(ticket.Table, ticket.Country, ticket.Token, move.Round, AgentMessages.Answer(move));
            await connection.SendAsync(new AcceptedMessage(move.Round), cancellation);
        }
        catch (Exception e) when (e is AgentProtocolException or Refusal)
        {
            await connection.SendAsync(new RefusedMessage(round, AgentJson.Excerpt(e.Message, 500), Retry: true), cancellation);
        }
        return true;
    }

    private static async Task<Seat?> Refuse(MessageSocket connection, string reason)
    {
        await TrySendAsync(connection, new ErrorMessage(reason));
        return null;
    }

    private static async Task TrySendAsync(MessageSocket connection, AgentMessage message)
    {
        try { await connection.SendAsync(message, CancellationToken.None); }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException) { }
    }
}
