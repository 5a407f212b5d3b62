using TechPact.Contracts.Countries;
using TechPact.Grains.Seats;

namespace TechPact.Grains.Countries;

/// <summary>A country at the table, and the one place where it decides: it holds its brief and its
/// seat, asks the seat for each move, and when the seat is silent, late, crashed or illegal plays its
/// AI strategy instead (the same <see cref="CountryNegotiator"/> a strategy seat plays), with the reason.</summary>
/// <remarks>A country stores nothing. A strategy seat answers <see cref="Commit"/> at once: the negotiator is
/// stateless between rounds, so a retried round gets the same move. An outside seat's round is opened,
/// answered (a person submits; an agent program prints its move) and closed. A person's valid answer is
/// kept by the summit (its stored seating), which hands it back in the ticket when it reopens the round;
/// an agent program lives and dies with its activation. A reactivated country answers "not briefed" and
/// its summit briefs it again and reopens the round.</remarks>
public sealed class CountryGrain(
    ILogger<CountryGrain> logger,
    NegotiationMetrics metrics,
    AgentProcesses processes) : Grain, ICountryGrain
{
    private static readonly TimeSpan GoodbyeGrace = TimeSpan.FromSeconds(2);

    private CountryNegotiator? _negotiator;
    private SeatSpec _seat = SeatSpec.Strategy("");
    private TimeSpan _moveTime = SeatPlan.DefaultMoveTime;
    private RoundTicket? _ticket;
    private CountryMove? _answer;
    private SeatPlayedByAi? _failure;
    private string? _refused;
    private AgentProcess? _agent;
    private int _generation;
    private string? _agentDown;
    private IGrainTimer? _moveTimer;

    private string Key => this.GetPrimaryKeyString();
    private string CountryId => Key[(Key.LastIndexOf('/') + 1)..];

    public Task Brief(CountryBrief brief)
    {
        _negotiator = new CountryNegotiator(brief);
        return Task.CompletedTask;
    }

    public async Task Seat(SeatSpec seat, TimeSpan moveTime)
    {
        _moveTime = moveTime;
        if (seat.Equals(_seat)) return;
        await StopAgent(goodbye: null);
        _seat = seat;
        if (seat.Kind == SeatKind.Agent) StartAgent();
    }

    public Task<CountryMove> Commit(RoundContext round) => Task.FromResult(Counted(Negotiator().Respond(round)));

    public Task<bool> OpenRound(RoundTicket ticket) => Task.FromResult(Open(ticket));

    private bool Open(RoundTicket ticket)
    {
        Negotiator();
        if (_ticket?.Context.Round == ticket.Context.Round) return _answer is not null || _failure is not null;
        (_ticket, _answer, _failure, _refused) = (ticket, null, null, null);
        var round = ticket.Context.Round;
        if (_seat.Kind == SeatKind.Person)
        {
            _answer = ticket.Answered;
            return _answer is not null;
        }
        if (_agent is null && _agentDown is null) StartAgent();
        if (_agent is null)
        {
            _failure = new SeatPlayedByAi(round, CountryId, SeatFault.Crashed, _agentDown!);
            return true;
        }
        _agent.Send(AgentMessages.Turn(ticket.SummitId, ticket.View, _moveTime));
        _moveTimer?.Dispose();
        _moveTimer = this.RegisterGrainTimer(_ => MoveTimeUp(round), new GrainTimerCreationOptions(_moveTime, Timeout.InfiniteTimeSpan));
        return false;
    }

    public Task<SeatOutcome> CloseRound(int round, SeatFault unanswered)
    {
        var ticket = _ticket is { } t && t.Context.Round == round
            ? t
            : throw new InvalidOperationException($"Country {Key} has no open round {round} (it was reactivated): brief it again.");
        _moveTimer?.Dispose();
        SeatOutcome outcome;
        if (_answer is { } answer) outcome = new SeatOutcome(answer, null);
        else
        {
            var why = _failure ?? (_refused is { } refused
                ? new SeatPlayedByAi(round, CountryId, SeatFault.Illegal, refused)
                : _seat.Kind == SeatKind.Agent && unanswered == SeatFault.Silent
                    ? new SeatPlayedByAi(round, CountryId, SeatFault.Late, $"no move within {Seconds(_moveTime)}")
                    : new SeatPlayedByAi(round, CountryId, unanswered,
                        unanswered == SeatFault.ClosedEarly ? "the round was closed before the seat answered" : "no answer before the round's deadline"));
            outcome = new SeatOutcome(Negotiator().Respond(ticket.Context), why);
            if (_agent is not null && why.Fault == SeatFault.Late) _agent.Send(new RefusedMessage(round, $"round {round} closed: {why.Detail}; the AI played it", Retry: false));
        }
        _ticket = null;
        return Task.FromResult(outcome with { Move = Counted(outcome.Move) });
    }

    public Task<CountryMove> Submit(int round, SeatAnswer answer)
    {
        if (_ticket is not { } ticket) throw new Refusal(RefusalKind.Conflict, "No round is open for your seat right now.");
        if (ticket.Context.Round != round)
            throw new Refusal(RefusalKind.Conflict, round < ticket.Context.Round
                ? $"Round {round} has closed; the table is in round {ticket.Context.Round} now. Review the new draft and submit again."
                : $"Round {round} has not opened; the table is in round {ticket.Context.Round}.");
        CountryMove move;
        try { move = SeatMoves.From(Negotiator().Brief, ticket.Context, answer); }
        catch (IllegalAnswerException e)
        {
            _refused = Clean(e.Message);
            throw new Refusal(RefusalKind.Invalid, _refused);
        }
        (_answer, _refused) = (move, null);
        return Task.FromResult(move);
    }

    public Task<string?> LastRefusal() => Task.FromResult(_ticket is null ? null : _refused);

    public async Task End(SeatView final)
    {
        _ticket = null;
        _moveTimer?.Dispose();
        await StopAgent(AgentMessages.End(final, stopped: !final.IsOver));
    }

    public async Task AgentSaid(int generation, string line)
    {
        if (generation != _generation || _agent is null) return;
        var ticket = _ticket;
        if (ticket is null || _answer is not null || _failure is not null)
        {
            var round = ticket?.Context.Round ?? 0;
            _agent.Send(new RefusedMessage(round, ticket is null ? "no round is open for your seat: the move came too late" : "this round has its answer already", Retry: false));
            return;
        }
        var open = ticket.Context.Round;
        try
        {
            var message = AgentJson.Read(line);
            if (message is not MoveMessage move) throw new IllegalAnswerException($"expected a move for round {open}, got a '{AgentJson.TypeName(message)}' message");
            if (move.Round < open)
            {
                // A late answer to a round that has closed: it can't count, and the open round still waits for its own.
                _agent.Send(new RefusedMessage(move.Round, $"round {move.Round} had closed (the AI played it); answer round {open}", Retry: false));
                return;
            }
            if (move.Round != open) throw new IllegalAnswerException($"the move is for round {move.Round}; the open round is {open}");
            _answer = SeatMoves.From(Negotiator().Brief, ticket.Context, AgentMessages.Answer(move));
            _agent.Send(new AcceptedMessage(open));
        }
        catch (Exception e) when (e is AgentProtocolException or IllegalAnswerException)
        {
            _failure = new SeatPlayedByAi(open, CountryId, SeatFault.Illegal, Clean(e.Message));
            _agent.Send(new RefusedMessage(open, _failure.Detail + "; the AI plays this round", Retry: false));
        }
        _moveTimer?.Dispose();
        await Answered(ticket);
    }

    public async Task AgentFailed(int generation, SeatFault fault, string detail)
    {
        if (generation != _generation) return;
        logger.LogDebug("Agent of {Country} failed: {Fault} {Detail}", Key, fault, detail);
        _agentDown = detail = Clean(detail);
        await StopAgent(goodbye: null);
        if (_ticket is { } ticket && _answer is null && _failure is null)
        {
            _failure = new SeatPlayedByAi(ticket.Context.Round, CountryId, fault, detail);
            await Answered(ticket);
        }
    }

    public Task<SiloAddress> GetHost() => Task.FromResult(GrainContext.Address.SiloAddress!);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await StopAgent(goodbye: null);

    private async Task MoveTimeUp(int round)
    {
        if (_ticket is not { } ticket || ticket.Context.Round != round || _answer is not null || _failure is not null) return;
        _failure = new SeatPlayedByAi(round, CountryId, SeatFault.Late, $"no move within {Seconds(_moveTime)}");
        await Answered(ticket);
    }

    /// <summary>One-way: the summit may be calling this country right now, so waiting on it could deadlock.</summary>
    private Task Answered(RoundTicket ticket) =>
        GrainFactory.GetGrain<ISummitGrain>(ticket.SummitId).SeatAnswered(ticket.Context.Round, CountryId);

    private void StartAgent()
    {
        _generation++;
        _agentDown = null;
        var generation = _generation;
        var self = GrainFactory.GetGrain<ICountryGrain>(Key);
        try
        {
            _agent = processes.Start(_seat.Argv, line => self.AgentSaid(generation, line), (fault, detail) => self.AgentFailed(generation, fault, detail));
            // The program lives in this activation: keep it until the summit ends the seat.
            this.DelayDeactivation(TimeSpan.FromHours(12));
        }
        catch (AgentStartException e)
        {
            _agentDown = e.Message;
        }
    }

    private async Task StopAgent(AgentMessage? goodbye)
    {
        var agent = _agent;
        _agent = null;
        _generation++;
        if (agent is not null) await processes.StopAsync(agent, goodbye, goodbye is null ? TimeSpan.Zero : GoodbyeGrace);
    }

    private CountryNegotiator Negotiator() =>
        _negotiator ?? throw new InvalidOperationException($"Country {Key} has not been briefed.");

    private CountryMove Counted(CountryMove move)
    {
        metrics.CountryCommitted(move.Concessions);
        return move;
    }

    /// <summary>Reasons carry what a seat typed or a program printed: one line, no control characters
    /// (they reach terminals), bounded.</summary>
    private static string Clean(string text) => AgentJson.Excerpt(text, 500);

    private static string Seconds(TimeSpan t) => t.TotalSeconds < 10 ? $"{t.TotalMilliseconds:0} ms" : $"{t.TotalSeconds:0} s";

}
