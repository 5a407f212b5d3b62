using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols;

namespace TechPact.Negotiation.Summits;

/// <summary>A summit between turns. Immutable: <see cref="ApplyTurn"/> returns the next summit,
/// so the same code serves the pure runner and the summit grain.</summary>
/// <remarks>A round: every country answers the text (all at once, or in turn) → the mediator
/// brokers logrolling trades → tracks and clubs take stock → the protocol revises the text →
/// the summit settles if it can, or ends at the deadline → the next round's events fire.</remarks>
public sealed partial class Summit
{
    private readonly INegotiationProtocol _protocol;

    private Summit(SummitSetting setting, INegotiationProtocol protocol, SummitState state)
    {
        Setting = setting;
        _protocol = protocol;
        State = state;
    }

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

    public static Summit Open(Scenario scenario, NegotiationRules rules)
    {
        if (rules.MaxRounds < 1) throw new ArgumentException("A summit needs at least one round.", nameof(rules));
        var protocol = ProtocolCatalog.Create(rules.Protocol);
        var issues = scenario.Issues.Length;
        var countries = scenario.Countries.Length;
        var nothing = Enumerable.Repeat(OptionSet.Empty, issues).ToImmutableArray();
        var state = new SummitState(0, Package.AllOpen(issues), [.. Enumerable.Repeat(nothing, countries)], [],
            [.. Enumerable.Repeat(1.0, countries)], [.. Enumerable.Repeat(0.0, countries)], [], [],
            SummitStatus.Running, Package.AllOpen(issues), [], Package.AllOpen(issues), [], 0);
        var (setting, fired) = FireEvents(SettingFor(scenario, rules), state, round: 1);
        var draft = protocol.OpeningDraft(setting);
        var opened = new SummitOpened(scenario.Id, rules.Seed, rules.MaxRounds, protocol.Name, draft) { Noise = rules.Noise, Source = scenario };
        return new Summit(setting, protocol, fired with { Draft = draft, Transcript = fired.Transcript.Insert(0, opened) });
    }

    /// <summary>One brief per country, in table order: what each country grain is given.</summary>
    public ImmutableArray<CountryBrief> Briefs() =>
        [.. Scenario.Countries.Select((c, i) => new CountryBrief(i, Scenario.Issues, c, Setting.Leverage.Relative[i], Rules)
        {
            Table = _protocol.CompleteInformation ? Scenario.Countries : [],
        })];

    /// <summary>The context of the round being played: the text on the table and what has been said.</summary>
    public RoundContext NextRound()
    {
        if (IsOver) throw new InvalidOperationException($"The summit is over ({Status}).");
        return new RoundContext(Round + 1, Draft, Commitments)
        {
            OpeningCommitments = State.OpeningCommitments,
            Aspirations = Round == 0 ? [] : State.Aspirations,
            Risks = Round == 0 ? [] : State.Risks,
            Clubs = State.Clubs,
            Proposals = State.Proposals,
        };
    }

    /// <summary>Who speaks next: everyone, or in turn-taking protocols the next country in table order.</summary>
    public Turn NextTurn() => new(NextRound(),
        TakesTurns ? [State.Pending.Count] : [.. Enumerable.Range(0, Scenario.Countries.Length)]);

    /// <summary>Takes the answers of one turn, in the order <see cref="NextTurn"/> named the countries.</summary>
    public Summit ApplyTurn(IReadOnlyList<CountryMove> moves)
    {
        if (!TakesTurns) return Apply(moves);
        if (moves.Count != 1) throw new ArgumentException($"This protocol takes one move a turn, got {moves.Count}.", nameof(moves));
        return ApplyOneTurn(moves[0]);
    }

    /// <summary>Closes a round played all at once, with every country's move in table order.</summary>
    public Summit Apply(IReadOnlyList<CountryMove> moves)
    {
        if (TakesTurns) throw new InvalidOperationException("This protocol takes turns: use ApplyTurn.");
        var round = Round + 1;
        if (moves.Count != Scenario.Countries.Length)
            throw new ArgumentException($"Expected {Scenario.Countries.Length} moves, got {moves.Count}.", nameof(moves));
        for (var c = 0; c < moves.Count; c++) CheckMove(round, c, moves[c]);
        return CloseRound(round, moves, State.Transcript.AddRange(moves.Select(m => new CountryAnswered(m))));
    }

    public ImmutableArray<double> UtilitiesOf(Package package) => [.. Scenario.Countries.Select(c => Utility.Of(c, package))];

    /// <summary>One turn of a turn-taking protocol: accept (one more in succession) or replace the
    /// standing offer (the proposer is the first to accept its own).</summary>
    private Summit ApplyOneTurn(CountryMove move)
    {
        var round = Round + 1;
        var c = State.Pending.Count;
        CheckMove(round, c, move);
        var transcript = State.Transcript.Add(new CountryAnswered(move));
        var standing = move.Accepts ? Draft : _protocol.AfterTurn(Setting, Draft, move);
        if (!move.Accepts) transcript = transcript.Add(new OfferTabled(round, move.Country, standing));
        var state = State with
        {
            Draft = standing,
            Commitments = State.Commitments.SetItem(c, move.Commitments),
            Pending = State.Pending.Add(move),
            Acceptances = move.Accepts ? State.Acceptances + 1 : 1,
            Transcript = transcript,
        };
        var turned = new Summit(Setting, _protocol, state);
        if (state.Acceptances >= Scenario.Countries.Length && !double.IsNegativeInfinity(NashMediator.LogNashProduct(Setting, standing)))
            return turned.Conclude(state with { Round = round, Pending = [] }, SummitStatus.Agreement, standing);
        return state.Pending.Count == Scenario.Countries.Length
            ? turned.CloseRound(round, state.Pending, transcript)
            : turned;
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

    private static SummitSetting SettingFor(Scenario scenario, NegotiationRules rules) =>
        new(scenario, rules, Leverage.Compute(scenario.Issues, scenario.Countries));
}
