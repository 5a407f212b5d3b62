namespace TechPact.Negotiation.Protocols;

/// <summary>How the table moves, one implementation per protocol, each with its own state (the way a
/// NegMAS mechanism owns its loop). The summit owns what all of them share — rounds, commitments,
/// tracks, clubs, events, the deadline, the transcript; a protocol owns what goes on the table, who
/// speaks, what it remembers between turns, the player a country brings, and how a round closes.</summary>
public interface INegotiationProtocol
{
    string Name { get; }

    /// <summary>Countries answer one after another within a round, each seeing the table as the one
    /// before left it, instead of all at once.</summary>
    bool TakesTurns { get; }

    /// <summary>Countries know each other's utilities (Zeuthen and Harsanyi assume it); their briefs
    /// then carry the whole table.</summary>
    bool CompleteInformation { get; }

    /// <summary>A mediator drafts the text, and so can broker logrolling trades.</summary>
    bool HasMediator { get; }

    /// <summary>The text on the table before anyone speaks, and the protocol's starting state.</summary>
    ProtocolOpening Open(SummitSetting setting);

    /// <summary>The country's own player under this protocol.</summary>
    INegotiator Negotiator(CountryBrief brief);

    /// <summary>Who answers next in <paramref name="round"/>: everyone, or one country in turn.</summary>
    ImmutableArray<int> Speakers(SummitSetting setting, ProtocolState state, int round);

    /// <summary>Some countries have spoken in the round being played, others not yet (turn-taking only).</summary>
    bool MidRound(ProtocolState state);

    /// <summary>What this protocol adds to the round context (the standing proposals).</summary>
    RoundContext Context(RoundContext context, ProtocolState state);

    /// <summary>One country's turn in a turn-taking protocol.</summary>
    TurnResult Turn(SummitSetting setting, ProtocolState state, Package standing, CountryMove move, int round);

    /// <summary>Trades brokered across issues before the round is taken stock of (a mediator's job).</summary>
    Brokerage Broker(SummitSetting setting, ProtocolState state, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, int round);

    /// <summary>Closes the round once every country has answered: the next text, the protocol's state, and the pact if there is one.</summary>
    RoundClosing Close(SummitSetting setting, ProtocolState state, RoundTable table);

    /// <summary>The state after a party joins the table by event (it is the last country).</summary>
    ProtocolState PartyJoined(ProtocolState state, int countries);
}

/// <summary>What a protocol remembers between turns. Each protocol has its own.</summary>
public abstract record ProtocolState;

/// <summary>A protocol that remembers nothing of its own between rounds.</summary>
public sealed record NoState : ProtocolState
{
    public static readonly NoState Instance = new();
}

/// <param name="FirstMover">In a turn-taking protocol, the country that speaks first (by the seed); else null.</param>
public sealed record ProtocolOpening(Package Draft, ProtocolState State, string? FirstMover = null);

/// <summary>After one country's turn: the standing offer, the state, what the transcript records, and
/// either an agreement, or (when the round's last speaker has spoken) the round's moves to close it with.</summary>
public sealed record TurnResult(Package Standing, ProtocolState State, ImmutableArray<TranscriptEvent> Events,
    Package? Agreement, ImmutableArray<CountryMove>? RoundMoves);

/// <summary>The moves after the trades, the trades' transcript lines and ledger entries.</summary>
public sealed record Brokerage(IReadOnlyList<CountryMove> Moves, ImmutableArray<TradeAgreed> Trades)
{
    public static Brokerage None(IReadOnlyList<CountryMove> moves) => new(moves, []);
}

/// <summary>Where the table stands when a round closes, per issue: the options everyone committed to
/// (red lines removed), what tracks agreed, the clubs.</summary>
/// <param name="Deadline">This is the last round.</param>
/// <param name="Positions">What each country stood for in the rounds the summit remembers (as in the round context).</param>
public sealed record RoundTable(int Round, Package Draft, IReadOnlyList<CountryMove> Moves,
    ImmutableArray<ImmutableArray<OptionSet>> Commitments, ImmutableArray<OptionSet> Agreed, ImmutableArray<OptionSet> TrackAgreed,
    ImmutableArray<Coalitions.Club> Clubs, bool Deadline, ImmutableArray<ImmutableArray<Package>> Positions);

/// <param name="Draft">The text for the next round.</param>
/// <param name="Positions">What each country stood for this round (its ask, offer or proposal).</param>
/// <param name="Pact">The agreement, if this round produced one.</param>
/// <param name="AtDeadline">When this was the last round and there is no pact: what was settled (open elsewhere).</param>
public sealed record RoundClosing(Package Draft, ProtocolState State, ImmutableArray<Package> Positions, Package? Pact, Package? AtDeadline);
