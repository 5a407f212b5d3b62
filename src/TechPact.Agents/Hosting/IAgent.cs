namespace TechPact.Agents.Hosting;

/// <summary>A negotiating agent: answer each turn with a move. The host does the talking (stdio or
/// network), so an agent is just this. Keep state between turns in fields: one agent object plays
/// one seat for one summit.</summary>
public interface IAgent
{
    /// <summary>This seat's answer to the round in <paramref name="turn"/>. Must answer within
    /// <see cref="TurnMessage.MoveMs"/>, or the AI plays the round.</summary>
    MoveMessage Move(TurnMessage turn);

    /// <summary>The server took the move.</summary>
    void Accepted(AcceptedMessage accepted) { }

    /// <summary>The server refused a move (or a late one); the reason says which rule it broke.</summary>
    void Refused(RefusedMessage refused) { }

    /// <summary>The summit is over.</summary>
    void Ended(EndMessage end) { }
}
