using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Linkage;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols;

namespace TechPact.Negotiation.Summits;

/// <summary>A summit between rounds. Immutable: <see cref="Apply"/> returns the next summit, so
/// the same code serves the pure runner and the summit grain.</summary>
/// <remarks>A round: every country answers the draft (<see cref="NextRound"/> → moves) → the
/// mediator brokers logrolling trades → tracks and clubs take stock → the protocol revises the
/// draft → the summit settles if it can, or ends at the deadline → the next round's events fire.</remarks>
public sealed class Summit
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
    public int Round => State.Round;
    public Package Draft => State.Draft;
    public ImmutableArray<ImmutableArray<OptionSet>> Commitments => State.Commitments;
    public SummitStatus Status => State.Status;
    public Package Agreement => State.Agreement;
    public ImmutableList<TranscriptEvent> Transcript => State.Transcript;
    public bool IsOver => Status != SummitStatus.Running;

    public static Summit Open(Scenario scenario, NegotiationRules rules)
    {
        if (rules.MaxRounds < 1) throw new ArgumentException("A summit needs at least one round.", nameof(rules));
        var protocol = ProtocolCatalog.Create(rules.Protocol);
        var nothing = Enumerable.Repeat(OptionSet.Empty, scenario.Issues.Length).ToImmutableArray();
        var countries = scenario.Countries.Length;
        var state = new SummitState(0, Package.AllOpen(scenario.Issues.Length),
            [.. Enumerable.Repeat(nothing, countries)], [], [.. Enumerable.Repeat(1.0, countries)],
            [.. Enumerable.Repeat(0.0, countries)], [], [], SummitStatus.Running,
            Package.AllOpen(scenario.Issues.Length), []);
        var (setting, fired) = FireEvents(SettingFor(scenario, rules), state, round: 1);
        var draft = protocol.OpeningDraft(setting);
        var opened = new SummitOpened(scenario.Id, rules.Seed, rules.MaxRounds, protocol.Name, draft);
        return new Summit(setting, protocol, fired with { Draft = draft, Transcript = fired.Transcript.Insert(0, opened) });
    }

    /// <summary>One brief per country, in table order: what each country grain is given.</summary>
    public ImmutableArray<CountryBrief> Briefs() =>
        [.. Scenario.Countries.Select((c, i) => new CountryBrief(i, Scenario.Issues, c, Setting.Leverage.Relative[i], Rules))];

    public RoundContext NextRound()
    {
        if (IsOver) throw new InvalidOperationException($"The summit is over ({Status}).");
        return new RoundContext(Round + 1, Draft, Commitments)
        {
            OpeningCommitments = State.OpeningCommitments,
            Aspirations = Round == 0 ? [] : State.Aspirations,
            Risks = Round == 0 ? [] : State.Risks,
            Clubs = State.Clubs,
        };
    }

    /// <summary>Closes the round with every country's move (in table order).</summary>
    public Summit Apply(IReadOnlyList<CountryMove> moves)
    {
        var round = NextRound().Round;
        CheckMoves(round, moves);
        var transcript = State.Transcript.AddRange(moves.Select(m => new CountryAnswered(m)));

        var (traded, ledger, tradeEvents) = Trade(round, moves);
        transcript = transcript.AddRange(tradeEvents);
        var commitments = traded.Select(m => m.Commitments).ToImmutableArray();
        var agreed = Enumerable.Range(0, Scenario.Issues.Length)
            .Select(i => commitments.Aggregate(AllOptions(i), (set, c) => set.Intersect(c[i]))).ToImmutableArray();
        var trackAgreed = Tracks.Agreed(Scenario.Tracks, Scenario.Issues.Length, commitments);
        transcript = transcript.AddRange(NewTrackAgreements(round, commitments));
        var clubs = Clubs.Update(State.Clubs, Scenario.ClubThreshold, round, Setting.Leverage, commitments, Scenario.Issues.Length);
        transcript = transcript.AddRange(ClubNews(round, clubs));

        var revised = _protocol.ReviseDraft(Setting, Draft, traded, new RoundOutcome(agreed, trackAgreed, clubs));
        transcript = transcript.Add(new DraftRevised(round, revised, [.. agreed.Select(a => !a.IsEmpty)]));

        var next = State with
        {
            Round = round, Draft = revised, Commitments = commitments,
            OpeningCommitments = round == 1 ? commitments : State.OpeningCommitments,
            Aspirations = [.. moves.Select(m => m.Aspiration)], Risks = [.. moves.Select(m => m.Risk)],
            Clubs = clubs, Ledger = ledger, Transcript = transcript,
        };
        var pact = Settlement.Find(Setting, revised, agreed);
        if (pact is not null) return Conclude(next, SummitStatus.Agreement, pact);
        if (round >= Rules.MaxRounds)
        {
            var partial = Settlement.Partial(revised, agreed);
            return Conclude(next, partial.Choices.Any(o => o != Package.Open) ? SummitStatus.Partial : SummitStatus.NoAgreement, partial);
        }
        var (setting, fired) = FireEvents(Setting, next, round + 1);
        return new Summit(setting, _protocol, fired);
    }

    public ImmutableArray<double> UtilitiesOf(Package package) => [.. Scenario.Countries.Select(c => Utility.Of(c, package))];

    private static SummitSetting SettingFor(Scenario scenario, NegotiationRules rules) =>
        new(scenario, rules, Leverage.Compute(scenario.Issues, scenario.Countries));

    /// <summary>Applies the events scheduled for a round; a party joining gets empty commitments.</summary>
    private static (SummitSetting, SummitState) FireEvents(SummitSetting setting, SummitState state, int round)
    {
        var scenario = setting.Scenario;
        var commitments = state.Commitments;
        var transcript = state.Transcript;
        foreach (var evt in scenario.Events.Where(e => e.Round == round))
        {
            (scenario, commitments) = EventEffects.Apply(evt, scenario, commitments);
            transcript = transcript.Add(new EventFired(round, evt));
        }
        if (ReferenceEquals(scenario, setting.Scenario)) return (setting, state);
        var joined = scenario.Countries.Length - state.Aspirations.Length;
        var nothing = Enumerable.Repeat(OptionSet.Empty, scenario.Issues.Length).ToImmutableArray();
        return (SettingFor(scenario, setting.Rules), state with
        {
            Commitments = commitments,
            OpeningCommitments = state.OpeningCommitments.IsEmpty ? [] : state.OpeningCommitments.AddRange(Enumerable.Repeat(nothing, joined)),
            Aspirations = state.Aspirations.AddRange(Enumerable.Repeat(1.0, joined)),
            Risks = state.Risks.AddRange(Enumerable.Repeat(0.0, joined)),
            Transcript = transcript,
        });
    }

    private (IReadOnlyList<CountryMove>, ImmutableList<LedgerEntry>, IEnumerable<TranscriptEvent>) Trade(int round, IReadOnlyList<CountryMove> moves)
    {
        if (!Scenario.Logrolling) return (moves, State.Ledger, []);
        var agreed = Enumerable.Range(0, Scenario.Issues.Length)
            .Select(i => moves.Aggregate(AllOptions(i), (set, m) => set.Intersect(m.Commitments[i]))).ToArray();
        var trades = Logrolling.Find(Scenario, Draft, moves, agreed);
        var entries = trades.Select(t => Logrolling.Entries(Scenario, round, t).ToArray()).ToArray();
        return (Logrolling.Apply(moves, trades), State.Ledger.AddRange(entries.SelectMany(e => e)),
            entries.Select(e => new TradeAgreed(round, e[0], e[1])));
    }

    private IEnumerable<TranscriptEvent> NewTrackAgreements(int round, ImmutableArray<ImmutableArray<OptionSet>> commitments)
    {
        foreach (var track in Scenario.Tracks)
            foreach (var issue in track.Issues)
            {
                var now = track.Countries.Aggregate(AllOptions(issue), (set, c) => set.Intersect(commitments[c][issue]));
                var before = track.Countries.Aggregate(AllOptions(issue), (set, c) => set.Intersect(Commitments[c][issue]));
                if (!now.IsEmpty && before.IsEmpty) yield return new TrackAgreed(round, track.Id, issue, now);
            }
    }

    private IEnumerable<TranscriptEvent> ClubNews(int round, ImmutableArray<Club> clubs)
    {
        foreach (var club in clubs)
        {
            var before = State.Clubs.FirstOrDefault(c => c.Issue == club.Issue);
            if (before is null) { yield return new ClubFormed(round, club); continue; }
            foreach (var member in club.Members.Except(before.Members))
                yield return new ClubJoined(round, club.Issue, club.Option, Scenario.Countries[member].Id);
        }
    }

    private Summit Conclude(SummitState state, SummitStatus status, Package agreement)
    {
        var concluded = new SummitConcluded(state.Round, status, agreement, UtilitiesOf(agreement)) { Clubs = state.Clubs };
        return new Summit(Setting, _protocol, state with { Status = status, Agreement = agreement, Transcript = state.Transcript.Add(concluded) });
    }

    private OptionSet AllOptions(int issue) =>
        new(Scenario.Issues[issue].Options.Length == 64 ? ulong.MaxValue : (1UL << Scenario.Issues[issue].Options.Length) - 1);

    /// <summary>Moves must come one per country, in order, for this round, and never withdraw a
    /// commitment: the monotonicity the protocol rests on is enforced here, not trusted.</summary>
    private void CheckMoves(int round, IReadOnlyList<CountryMove> moves)
    {
        if (moves.Count != Scenario.Countries.Length)
            throw new ArgumentException($"Expected {Scenario.Countries.Length} moves, got {moves.Count}.", nameof(moves));
        for (var c = 0; c < moves.Count; c++)
        {
            var move = moves[c];
            if (move.Country != Scenario.Countries[c].Id || move.Round != round)
                throw new ArgumentException($"Move {c} is {move.Country}/round {move.Round}; expected {Scenario.Countries[c].Id}/round {round}.", nameof(moves));
            for (var i = 0; i < Scenario.Issues.Length; i++)
                if (!move.Commitments[i].IsSupersetOf(Commitments[c][i]))
                    throw new InvalidOperationException($"{move.Country} tried to withdraw a commitment on {Scenario.Issues[i].Id}.");
        }
    }
}
