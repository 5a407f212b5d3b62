using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Linkage;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Protocols;

namespace TechPact.Negotiation.Summits;

/// <summary>The end of a round: trades, tracks, clubs, the revised text, settlement or the
/// deadline, and the next round's events.</summary>
public sealed partial class Summit
{
    private Summit CloseRound(int round, IReadOnlyList<CountryMove> moves, ImmutableList<TranscriptEvent> transcript)
    {
        var (traded, ledger, tradeEvents) = Trade(round, moves);
        transcript = transcript.AddRange(tradeEvents);
        var commitments = traded.Select(m => m.Commitments).ToImmutableArray();
        var agreed = Enumerable.Range(0, Scenario.Issues.Length)
            .Select(i => commitments.Aggregate(AllOptions(i), (set, c) => set.Intersect(c[i]))).ToImmutableArray();
        var trackAgreed = Tracks.Agreed(Scenario.Tracks, Scenario.Issues.Length, commitments);
        transcript = transcript.AddRange(NewTrackAgreements(round, commitments));
        var clubs = Clubs.Update(State.Clubs, Scenario.ClubThreshold, round, Setting.Leverage, commitments, Scenario.Issues.Length);
        transcript = transcript.AddRange(ClubNews(round, clubs));

        var revised = _protocol.ReviseDraft(Setting, Draft, traded, new RoundOutcome(agreed, trackAgreed, clubs, State.Settled));
        var settled = _protocol.SettlesIssueByIssue
            ? new Package([.. State.Settled.Choices.Select((o, i) => o == Package.Open && agreed[i].Contains(revised[i]) ? revised[i] : o)])
            : State.Settled;
        transcript = transcript.Add(new DraftRevised(round, revised, [.. agreed.Select(a => !a.IsEmpty)]));

        var next = State with
        {
            Round = round, Draft = revised, Commitments = commitments,
            OpeningCommitments = round == 1 ? commitments : State.OpeningCommitments,
            Aspirations = [.. moves.Select(m => m.Aspiration)], Risks = [.. moves.Select(m => m.Risk)],
            Clubs = clubs, Ledger = ledger, Transcript = transcript, Settled = settled, Pending = [],
            Proposals = moves.All(m => m.Proposal is not null) ? [.. moves.Select(m => m.Proposal!)] : [],
        };
        var pact = _protocol.SettlesIssueByIssue
            ? (settled.IsComplete && !double.IsNegativeInfinity(NashMediator.LogNashProduct(Setting, settled)) ? settled : null)
            : _protocol.Settle(Setting, revised, traded, agreed);
        if (pact is not null) return Conclude(next, SummitStatus.Agreement, pact);
        if (round >= Rules.MaxRounds)
        {
            var partial = _protocol.SettlesIssueByIssue ? settled : Settlement.Partial(revised, agreed);
            return Conclude(next, partial.Choices.Any(o => o != Package.Open) ? SummitStatus.Partial : SummitStatus.NoAgreement, partial);
        }
        var (setting, fired) = FireEvents(Setting, next, round + 1);
        return new Summit(setting, _protocol, fired);
    }

    private Summit Conclude(SummitState state, SummitStatus status, Package agreement)
    {
        // A club matters in the pact only where the whole table left the issue open: there its
        // standard binds its members. Where everyone agreed, the pact's standard binds everyone.
        var clubs = state.Clubs.Where(c => agreement[c.Issue] == Package.Open).ToImmutableArray();
        var concluded = new SummitConcluded(state.Round, status, agreement, UtilitiesOf(agreement)) { Clubs = clubs };
        return new Summit(Setting, _protocol, state with { Status = status, Agreement = agreement, Transcript = state.Transcript.Add(concluded) });
    }

    /// <summary>Applies the events scheduled for a round (of <paramref name="only"/>, when given, else
    /// of the scenario); a party joining gets empty commitments.</summary>
    private static (SummitSetting, SummitState) FireEvents(SummitSetting setting, SummitState state, int round,
        IEnumerable<ScenarioEvent>? only = null)
    {
        var scenario = setting.Scenario;
        var commitments = state.Commitments;
        var transcript = state.Transcript;
        foreach (var evt in (only ?? scenario.Events).Where(e => e.Round == round))
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
            // A new party changes the bargaining set: proposal games start over with everyone's opening bid.
            Proposals = joined > 0 ? [] : state.Proposals,
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

    /// <summary>A track's agreement on an issue is news once: the first round its members' commitments meet.</summary>
    private IEnumerable<TranscriptEvent> NewTrackAgreements(int round, ImmutableArray<ImmutableArray<OptionSet>> commitments)
    {
        if (Scenario.Tracks.IsEmpty) yield break;
        var reported = State.Transcript.OfType<TrackAgreed>().Select(t => (t.Track, t.Issue)).ToHashSet();
        foreach (var track in Scenario.Tracks)
            foreach (var issue in track.Issues)
            {
                var now = track.Countries.Aggregate(AllOptions(issue), (set, c) => set.Intersect(commitments[c][issue]));
                if (!now.IsEmpty && !reported.Contains((track.Id, issue))) yield return new TrackAgreed(round, track.Id, issue, now);
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

    private OptionSet AllOptions(int issue) =>
        new(Scenario.Issues[issue].Options.Length == 64 ? ulong.MaxValue : (1UL << Scenario.Issues[issue].Options.Length) - 1);
}
