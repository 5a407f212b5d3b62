using System.Collections.Immutable;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Protocols;

namespace TechPact.Negotiation.Summits;

/// <summary>The end of a round: what every protocol shares — trades (if the protocol brokers any),
/// tracks, clubs, the deadline, the next round's events — around the protocol's own closing step.</summary>
public sealed partial class Summit
{
    private Summit CloseRound(int round, IReadOnlyList<CountryMove> moves, ImmutableList<TranscriptEvent> transcript)
    {
        var brokered = _protocol.Broker(Setting, State.Protocol, Draft, moves, State.Positions, round);
        transcript = transcript.AddRange(brokered.Trades);
        var commitments = brokered.Moves.Select(m => m.Commitments).ToImmutableArray();
        var agreed = Settlement.Zone(Setting, [.. Enumerable.Range(0, Scenario.Issues.Length)
            .Select(i => commitments.Aggregate(AllOptions(i), (set, c) => set.Intersect(c[i])))]);
        var trackAgreed = Tracks.Agreed(Scenario.Tracks, Scenario.Issues.Length, commitments);
        transcript = transcript.AddRange(NewTrackAgreements(round, commitments));
        var clubs = Clubs.Update(State.Clubs, Scenario.ClubThreshold, round, Setting.Leverage, commitments, Scenario.Issues.Length);
        transcript = transcript.AddRange(ClubNews(round, clubs));

        var table = new RoundTable(round, Draft, brokered.Moves, commitments, agreed, trackAgreed, clubs, round >= Rules.MaxRounds, State.Positions);
        var closing = _protocol.Close(Setting, State.Protocol, table);
        transcript = transcript.Add(new DraftRevised(round, closing.Draft, [.. agreed.Select(a => !a.IsEmpty)]));

        var next = State with
        {
            Round = round, Draft = closing.Draft, Commitments = commitments,
            OpeningCommitments = round == 1 ? commitments : State.OpeningCommitments,
            Aspirations = [.. moves.Select(m => m.Aspiration)], Risks = [.. moves.Select(m => m.Risk)],
            Clubs = clubs, Ledger = State.Ledger.AddRange(brokered.Trades.SelectMany(t => new[] { t.First, t.Second })),
            Transcript = transcript, Protocol = closing.State,
            Positions = Remember(State.Positions, closing.Positions), Drafts = Remember(State.Drafts, Draft),
        };
        if (closing.Pact is { } pact) return Conclude(next, SummitStatus.Agreement, pact);
        if (closing.AtDeadline is { } partial)
            return Conclude(next, DeadlineStatus(partial), partial);
        var (setting, fired) = FireEvents(Setting, next, round + 1, _protocol);
        return new Summit(setting, _protocol, fired);
    }

    /// <summary>What the deadline leaves: a complete package is one everyone accepts (the protocols never
    /// hand over a complete one that isn't), some settled issues a partial pact, none no agreement.</summary>
    private static SummitStatus DeadlineStatus(Package partial) =>
        partial.IsComplete ? SummitStatus.Agreement
        : partial.Choices.Any(o => o != Package.Open) ? SummitStatus.Partial : SummitStatus.NoAgreement;

    private static ImmutableArray<T> Remember<T>(ImmutableArray<T> history, T latest) =>
        history.Length < RoundContext.Memory ? history.Add(latest) : history.RemoveAt(0).Add(latest);

    private Summit Conclude(SummitState state, SummitStatus status, Package agreement)
    {
        // A club matters in the pact only where the whole table left the issue open: there its
        // standard binds its members. Where everyone agreed, the pact's standard binds everyone.
        var clubs = state.Clubs.Where(c => agreement[c.Issue] == Package.Open).ToImmutableArray();
        var concluded = new SummitConcluded(state.Round, status, agreement, UtilitiesOf(agreement)) { Clubs = clubs };
        return new Summit(Setting, _protocol, state with { Status = status, Agreement = agreement, Transcript = state.Transcript.Add(concluded) });
    }

    /// <summary>Applies the events scheduled for a round (of <paramref name="only"/>, when given, else
    /// of the scenario); a party joining gets empty commitments, and the protocol hears of it.</summary>
    private static (SummitSetting, SummitState) FireEvents(SummitSetting setting, SummitState state, int round,
        INegotiationProtocol? protocol, IEnumerable<ScenarioEvent>? only = null)
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
        var protocolState = state.Protocol;
        if (joined > 0 && protocol is not null) protocolState = protocol.PartyJoined(protocolState, scenario.Countries.Length);
        return (SettingFor(scenario, setting.Rules), state with
        {
            Commitments = commitments,
            OpeningCommitments = state.OpeningCommitments.IsEmpty ? [] : state.OpeningCommitments.AddRange(Enumerable.Repeat(nothing, joined)),
            Aspirations = state.Aspirations.AddRange(Enumerable.Repeat(1.0, joined)),
            Risks = state.Risks.AddRange(Enumerable.Repeat(0.0, joined)),
            Transcript = transcript,
            Protocol = protocolState,
        });
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
