namespace TechPact.Negotiation.Summits;

/// <summary>A summit between turns. Immutable: <see cref="ApplyTurn"/> returns the next summit,
/// so the same code serves the pure runner and the summit grain.</summary>
/// <remarks>A round: every country answers the text (all at once, or in turn) → the protocol brokers
/// trades, if it has a mediator → tracks and clubs take stock → the protocol closes the round (next
/// text, settlement) → the summit concludes, or ends at the deadline → the next round's events fire.</remarks>
public sealed partial class Summit
{
    private readonly INegotiationProtocol _protocol;

    private Summit(SummitSetting setting, INegotiationProtocol protocol, SummitState state)
    {
        Setting = setting;
        _protocol = protocol;
        State = state;
    }

    /// <summary>A cache of which tracks the transcript has reported agreed (null: read it off the transcript).</summary>
    private HashSet<(string Track, int Issue)>? ReportedSoFar { get; init; }

    /// <summary>The table as it stands now (events can change it between rounds).</summary>
    public SummitSetting Setting { get; }
    public SummitState State { get; }
    public Scenario Scenario => Setting.Scenario;
    public NegotiationRules Rules => Setting.Rules;
    /// <summary>Rounds completed.</summary>
    public int Round => State.Round;
    public Package Draft => State.Draft;
    public ImmutableArray<ImmutableArray<OptionSet>> Commitments => State.Commitments;
    public SummitStatus Status => State.Status;
    public Package Agreement => State.Agreement;
    public ImmutableList<TranscriptEvent> Transcript => State.Transcript;
    public bool IsOver => Status != SummitStatus.Running;
    public bool TakesTurns => _protocol.TakesTurns;

    /// <summary>No country has answered in the round being played yet (always so when everyone answers at once).</summary>
    public bool BetweenRounds => !_protocol.MidRound(State.Protocol);

    public static Summit Open(Scenario scenario, NegotiationRules rules)
    {
        if (rules.MaxRounds < 1) throw new ArgumentException("A summit needs at least one round.", nameof(rules));
        var protocol = ProtocolCatalog.Create(rules.Protocol);
        var issues = scenario.Issues.Length;
        var countries = scenario.Countries.Length;
        var nothing = Enumerable.Repeat(OptionSet.Empty, issues).ToImmutableArray();
        var setting = SettingFor(scenario, rules);
        var state = new SummitState(0, Package.AllOpen(issues), [.. Enumerable.Repeat(nothing, countries)], [],
            [.. Enumerable.Repeat(1.0, countries)], [.. Enumerable.Repeat(0.0, countries)], [], [],
            SummitStatus.Running, Package.AllOpen(issues), [], NoState.Instance);
        (setting, state) = FireEvents(setting, state, round: 1, protocol: null);
        var opening = protocol.Open(setting);
        var opened = new SummitOpened(scenario.Id, rules.Seed, rules.MaxRounds, protocol.Name, opening.Draft)
        {
            Noise = rules.Noise, Source = scenario, FirstMover = opening.FirstMover,
        };
        return new Summit(setting, protocol, state with { Draft = opening.Draft, Protocol = opening.State, Transcript = state.Transcript.Insert(0, opened) });
    }

    /// <summary>One brief per country, in table order: what each country grain is given.</summary>
    public ImmutableArray<CountryBrief> Briefs() =>
        [.. Scenario.Countries.Select((c, i) => new CountryBrief(i, Scenario.Issues, c, Setting.Leverage.Relative[i], Rules)
        {
            Table = _protocol.CompleteInformation ? Scenario.Countries : [],
            Power = Setting.Leverage.Power[i],
        })];

    /// <summary>The context of the round being played: the text on the table and what has been said.</summary>
    public RoundContext NextRound()
    {
        if (IsOver) throw new InvalidOperationException($"The summit is over ({Status}).");
        return _protocol.Context(new RoundContext(Round + 1, Draft, Commitments)
        {
            OpeningCommitments = State.OpeningCommitments,
            Aspirations = Round == 0 ? [] : State.Aspirations,
            Risks = Round == 0 ? [] : State.Risks,
            Clubs = State.Clubs,
            Positions = State.Positions,
            Drafts = State.Drafts,
            Absent = Setting.Absent,
        }, State.Protocol);
    }

    /// <summary>Who speaks next: everyone, or in turn-taking protocols the next country in this round's order.</summary>
    public Turn NextTurn() => new(NextRound(), _protocol.Speakers(Setting, State.Protocol, Round + 1));

    /// <summary>Takes the answers of one turn, in the order <see cref="NextTurn"/> named the countries.</summary>
    public Summit ApplyTurn(IReadOnlyList<CountryMove> moves)
    {
        if (!TakesTurns) return Apply(moves);
        if (moves.Count != 1) throw new ArgumentException($"This protocol takes one move a turn, got {moves.Count}.", nameof(moves));
        return ApplyOneTurn(moves[0]);
    }

    /// <summary>Closes a round played all at once, with the move of every country at the table (every seat
    /// but the absent ones, <see cref="NextTurn"/>'s countries) in table order.</summary>
    public Summit Apply(IReadOnlyList<CountryMove> moves)
    {
        if (TakesTurns) throw new InvalidOperationException("This protocol takes turns: use ApplyTurn.");
        var round = Round + 1;
        var speakers = _protocol.Speakers(Setting, State.Protocol, round);
        if (moves.Count != speakers.Length)
            throw new ArgumentException($"Expected {speakers.Length} moves, got {moves.Count}.", nameof(moves));
        for (var k = 0; k < moves.Count; k++) CheckMove(round, speakers[k], moves[k]);
        var answers = new List<TranscriptEvent>(moves.Count + 8);
        foreach (var m in moves) answers.Add(new CountryAnswered(m));
        return CloseRound(round, moves, State.Transcript, answers);
    }

    public ImmutableArray<double> UtilitiesOf(Package package) => [.. Scenario.Countries.Select(c => Utility.Of(c, package))];

    /// <summary>One turn of a turn-taking protocol: the protocol moves the standing offer; the speaker's
    /// commitments are on the table at once, for the next speaker to see.</summary>
    private Summit ApplyOneTurn(CountryMove move)
    {
        var round = Round + 1;
        var c = NextTurn().Countries[0];
        CheckMove(round, c, move);
        var turn = _protocol.Turn(Setting, State.Protocol, Draft, move, round);
        var transcript = State.Transcript.Add(new CountryAnswered(move)).AddRange(turn.Events);
        var state = State with
        {
            Draft = turn.Standing,
            Commitments = State.Commitments.SetItem(c, move.Commitments),
            Protocol = turn.State,
            Transcript = transcript,
        };
        // A turn reports no track agreement: the cache of those carries over.
        var turned = new Summit(Setting, _protocol, state) { ReportedSoFar = ReportedSoFar };
        if (turn.Agreement is { } agreement) return turned.Conclude(state with { Round = round }, SummitStatus.Agreement, agreement);
        return turn.RoundMoves is { } all ? turned.CloseRound(round, all, transcript, []) : turned;
    }

    /// <summary>Moves must come from the right country for this round and never withdraw a
    /// commitment: the monotonicity the protocols rest on is enforced here, not trusted.</summary>
    private void CheckMove(int round, int c, CountryMove move)
    {
        if (move.Country != Scenario.Countries[c].Id || move.Round != round)
            throw new ArgumentException($"Move {c} is {move.Country}/round {move.Round}; expected {Scenario.Countries[c].Id}/round {round}.", nameof(move));
        for (var i = 0; i < Scenario.Issues.Length; i++)
            if (!move.Commitments[i].IsSupersetOf(Commitments[c][i]))
                throw new InvalidOperationException($"{move.Country} tried to withdraw a commitment on {Scenario.Issues[i].Id}.");
    }

    private static SummitSetting SettingFor(Scenario scenario, NegotiationRules rules, ImmutableSortedSet<int>? absent = null) =>
        new(scenario, rules, Leverage.Compute(scenario.Issues, scenario.Countries)) { Absent = absent ?? [] };

    /// <summary>A round's moves by seat: the speakers' own (in table order), and for each absent seat a move that
    /// stands where its country left — its commitments as they were, no asks, no acceptance, no risk. It is never
    /// in the transcript, and every step that decides something skips absent seats; it only keeps the table's
    /// arrays (commitments, positions, aspirations) indexed by seat.</summary>
    private IReadOnlyList<CountryMove> BySeat(IReadOnlyList<CountryMove> spoken, int round)
    {
        if (Setting.Absent.IsEmpty) return spoken;
        var all = new CountryMove[Scenario.Countries.Length];
        var next = 0;
        for (var c = 0; c < all.Length; c++)
        {
            if (Setting.IsSeated(c)) { all[c] = spoken[next++]; continue; }
            var country = Scenario.Countries[c];
            all[c] = new CountryMove(country.Id, round, Accepts: false, Utility.Of(country, Draft),
                State.Aspirations.IsDefaultOrEmpty ? 1.0 : State.Aspirations[c], Commitments[c],
                [.. Enumerable.Repeat(Package.Open, Scenario.Issues.Length)], Concessions: 0);
        }
        return all;
    }
}
