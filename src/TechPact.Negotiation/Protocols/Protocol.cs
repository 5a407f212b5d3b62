namespace TechPact.Negotiation.Protocols;

/// <summary>The defaults a protocol starts from, typed by its own state: everyone speaks at once,
/// countries bring the BOA player, nothing is brokered, no state beyond <typeparamref name="TState"/>.</summary>
public abstract class Protocol<TState> : INegotiationProtocol where TState : ProtocolState
{
    public abstract string Name { get; }
    public virtual bool TakesTurns => false;
    public virtual bool CompleteInformation => false;
    public virtual bool HasMediator => false;

    public abstract ProtocolOpening Open(SummitSetting setting);

    public virtual INegotiator Negotiator(CountryBrief brief) => new BoaNegotiator(brief);

    public ImmutableArray<int> Speakers(SummitSetting setting, ProtocolState state, int round) => Speakers(setting, (TState)state, round);

    /// <summary>Everyone at the table: every seat but the absent ones, in table order.</summary>
    protected virtual ImmutableArray<int> Speakers(SummitSetting setting, TState state, int round) =>
        setting.Absent.IsEmpty ? Everyone(setting.Scenario.Countries.Length)
        : [.. Enumerable.Range(0, setting.Scenario.Countries.Length).Where(setting.IsSeated)];

    // Asked several times a round: with nobody absent the answer is 0..n-1, made once per table size.
    private static ImmutableArray<int>[] _everyone = [];

    private static ImmutableArray<int> Everyone(int countries)
    {
        var known = _everyone;
        if (countries < known.Length) return known[countries];
        var grown = new ImmutableArray<int>[countries + 1];
        for (var n = 0; n < grown.Length; n++) grown[n] = n < known.Length ? known[n] : [.. Enumerable.Range(0, n)];
        _everyone = grown; // two threads growing it at once write equal tables
        return grown[countries];
    }

    public bool MidRound(ProtocolState state) => MidRound((TState)state);

    protected virtual bool MidRound(TState state) => false;

    public RoundContext Context(RoundContext context, ProtocolState state) => Context(context, (TState)state);

    protected virtual RoundContext Context(RoundContext context, TState state) => context;

    public TurnResult Turn(SummitSetting setting, ProtocolState state, Package standing, CountryMove move, int round) =>
        Turn(setting, (TState)state, standing, move, round);

    protected virtual TurnResult Turn(SummitSetting setting, TState state, Package standing, CountryMove move, int round) =>
        throw new InvalidOperationException($"{Name} does not take turns.");

    public Brokerage Broker(SummitSetting setting, ProtocolState state, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, int round) =>
        Broker(setting, (TState)state, draft, moves, history, round);

    protected virtual Brokerage Broker(SummitSetting setting, TState state, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, int round) =>
        Brokerage.None(moves);

    public RoundClosing Close(SummitSetting setting, ProtocolState state, RoundTable table) => Close(setting, (TState)state, table);

    protected abstract RoundClosing Close(SummitSetting setting, TState state, RoundTable table);

    public ProtocolState PartyJoined(ProtocolState state, int countries) => PartyJoined((TState)state, countries);

    protected virtual ProtocolState PartyJoined(TState state, int countries) => state;
}
