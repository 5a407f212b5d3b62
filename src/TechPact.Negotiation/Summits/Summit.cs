using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols;

namespace TechPact.Negotiation.Summits;

/// <summary>A summit's state between rounds: the draft on the table, everyone's commitments,
/// and the transcript so far. Immutable: <see cref="Apply"/> returns the next state, so the
/// same code serves the pure runner and the summit grain.</summary>
public sealed class Summit
{
    private readonly INegotiationProtocol _protocol;

    private Summit(SummitSetting setting, INegotiationProtocol protocol, int round, Package draft,
        ImmutableArray<ImmutableArray<OptionSet>> commitments, SummitStatus status, Package agreement,
        ImmutableList<TranscriptEvent> transcript)
    {
        Setting = setting;
        _protocol = protocol;
        Round = round;
        Draft = draft;
        Commitments = commitments;
        Status = status;
        Agreement = agreement;
        Transcript = transcript;
    }

    public SummitSetting Setting { get; }
    public Scenario Scenario => Setting.Scenario;
    public NegotiationRules Rules => Setting.Rules;
    /// <summary>Rounds completed.</summary>
    public int Round { get; }
    public Package Draft { get; }
    /// <summary>Public commitments, indexed [country][issue].</summary>
    public ImmutableArray<ImmutableArray<OptionSet>> Commitments { get; }
    public SummitStatus Status { get; }
    public Package Agreement { get; }
    public ImmutableList<TranscriptEvent> Transcript { get; }
    public bool IsOver => Status != SummitStatus.Running;

    public static Summit Open(Scenario scenario, NegotiationRules rules)
    {
        if (rules.MaxRounds < 1) throw new ArgumentException("A summit needs at least one round.", nameof(rules));
        var setting = new SummitSetting(scenario, rules, Leverage.Compute(scenario.Issues, scenario.Countries));
        var protocol = ProtocolCatalog.Create(rules.Protocol);
        var draft = protocol.OpeningDraft(setting);
        var nothing = Enumerable.Repeat(OptionSet.Empty, scenario.Issues.Length).ToImmutableArray();
        var commitments = scenario.Countries.Select(_ => nothing).ToImmutableArray();
        var opened = new SummitOpened(scenario.Id, rules.Seed, rules.MaxRounds, protocol.Name, draft);
        return new Summit(setting, protocol, 0, draft, commitments, SummitStatus.Running,
            Package.AllOpen(scenario.Issues.Length), ImmutableList.Create<TranscriptEvent>(opened));
    }

    /// <summary>One brief per country, in scenario order: what each country grain is given.</summary>
    public ImmutableArray<CountryBrief> Briefs() =>
        Scenario.Countries.Select((c, i) => new CountryBrief(i, Scenario.Issues, c, Setting.Leverage.Relative[i], Rules))
            .ToImmutableArray();

    public RoundContext NextRound()
    {
        if (IsOver) throw new InvalidOperationException($"The summit is over ({Status}).");
        return new RoundContext(Round + 1, Draft, Commitments);
    }

    /// <summary>Closes the round with every country's move (in scenario order).</summary>
    public Summit Apply(IReadOnlyList<CountryMove> moves)
    {
        var round = NextRound().Round;
        CheckMoves(round, moves);
        var commitments = moves.Select(m => m.Commitments).ToImmutableArray();
        var agreed = Enumerable.Range(0, Scenario.Issues.Length)
            .Select(i => commitments.Aggregate(AllOptions(i), (set, c) => set.Intersect(c[i])))
            .ToImmutableArray();
        var transcript = Transcript.AddRange(moves.Select(m => new CountryAnswered(m)));

        var revised = _protocol.ReviseDraft(Setting, Draft, moves, agreed);
        transcript = transcript.Add(new DraftRevised(round, revised, agreed.Select(a => !a.IsEmpty).ToImmutableArray()));

        var pact = Settlement.Find(Setting, revised, agreed);
        if (pact is not null)
            return Conclude(round, revised, commitments, SummitStatus.Agreement, pact, transcript);
        if (round >= Rules.MaxRounds)
        {
            var partial = Settlement.Partial(revised, agreed);
            var status = partial.Choices.Any(o => o != Package.Open) ? SummitStatus.Partial : SummitStatus.NoAgreement;
            return Conclude(round, revised, commitments, status, partial, transcript);
        }
        return new Summit(Setting, _protocol, round, revised, commitments, SummitStatus.Running, Agreement, transcript);
    }

    public ImmutableArray<double> UtilitiesOf(Package package) =>
        Scenario.Countries.Select(c => Utility.Of(c, package)).ToImmutableArray();

    private Summit Conclude(int round, Package draft, ImmutableArray<ImmutableArray<OptionSet>> commitments,
        SummitStatus status, Package agreement, ImmutableList<TranscriptEvent> transcript)
    {
        transcript = transcript.Add(new SummitConcluded(round, status, agreement, UtilitiesOf(agreement)));
        return new Summit(Setting, _protocol, round, draft, commitments, status, agreement, transcript);
    }

    private OptionSet AllOptions(int issue) =>
        new(Scenario.Issues[issue].Options.Length == 64 ? ulong.MaxValue : (1UL << Scenario.Issues[issue].Options.Length) - 1);

    /// <summary>Moves must come one per country, in order, for this round, and never withdraw
    /// a commitment: the monotonicity the protocol rests on is enforced here, not trusted.</summary>
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
