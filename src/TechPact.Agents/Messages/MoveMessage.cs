namespace TechPact.Agents.Messages;

/// <summary>Agent → server: the seat's answer to <see cref="Round"/>. Options are named by id. Rules
/// (an illegal move is refused with the reason, and the AI plays the round): every option exists and
/// is not a red line; <see cref="Issues"/> names each issue at most once and lists, for an issue it
/// names, every option committed to in earlier rounds too (a commitment can't be withdrawn); an issue
/// left out keeps its commitments; <see cref="Accept"/> needs a complete draft that crosses no red line.</summary>
/// <param name="Accept">Accept the whole draft as a package (its options join the commitments).</param>
public sealed record MoveMessage(int Round, bool Accept, IReadOnlyList<IssueMove>? Issues) : AgentMessage;

/// <param name="Commit">Every option acceptable on the issue, earlier commitments included.</param>
/// <param name="Amend">The option the draft should move to, or null for no request.</param>
public sealed record IssueMove(string Issue, IReadOnlyList<string>? Commit, string? Amend = null);

/// <summary>Server → agent: the move for <see cref="Round"/> was legal and counts.</summary>
public sealed record AcceptedMessage(int Round) : AgentMessage;

/// <summary>Server → agent: the message was refused, and why. With <see cref="Retry"/> the seat may
/// answer the round again before its deadline (network seats); without, the AI plays the round.</summary>
public sealed record RefusedMessage(int Round, string Reason, bool Retry) : AgentMessage;

/// <summary>Server → agent: the summit is over. <see cref="Agreement"/> maps every issue to the pact's
/// option id (null: left open). After this the server closes the connection (stdio: stdin).</summary>
/// <param name="Status">agreement, partial, no-agreement or ended (stopped before its end).</param>
/// <param name="Utility">This seat's utility of the pact.</param>
public sealed record EndMessage(string Status, int Round, IReadOnlyDictionary<string, string?> Agreement, double Utility, double Reservation) : AgentMessage;

/// <summary>Agent → server, first message on a network connection: the seat's join code.</summary>
/// <param name="Name">What the agent calls itself (shown to the instructor).</param>
public sealed record JoinMessage(string Code, string? Name = null) : AgentMessage;

/// <summary>Server → agent: the join code opened this seat; turns follow.</summary>
public sealed record WelcomeMessage(string Summit, string Country, string Session, int Table) : AgentMessage;

/// <summary>Server → agent: the connection can't go on (a bad join code, a message that is not the
/// protocol); the server closes it after this.</summary>
public sealed record ErrorMessage(string Reason) : AgentMessage;
