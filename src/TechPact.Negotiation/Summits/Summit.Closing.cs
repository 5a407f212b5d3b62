namespace TechPact.Negotiation.Summits;

/// <summary>The end of a round: what every protocol shares — trades (if the protocol brokers any),
/// tracks, clubs, the deadline, the next round's events — around the protocol's own closing step.</summary>
public sealed partial class Summit
{
    /// <param name="transcript">The transcript so far; <paramref name="pending"/> holds this round's lines not yet in it
    /// (the answers), and every line the closing adds joins them, so the transcript grows by one append a round.</param>
    /// <param name="spoken">The moves of the countries at the table, in table order (absent seats have none).</param>
    private Summit CloseRound(int round, IReadOnlyList<CountryMove> spoken, ImmutableList<TranscriptEvent> transcript, List<TranscriptEvent> pending)
    {
        var moves = BySeat(spoken, round);
        var brokered = _protocol.Broker(Setting, State.Protocol, Draft, moves, State.Positions, round);
        pending.AddRange(brokered.Trades);
        var issues = Scenario.Issues.Length;
        var commitmentsBuilder = ImmutableArray.CreateBuilder<ImmutableArray<OptionSet>>(brokered.Moves.Count);
        foreach (var m in brokered.Moves) commitmentsBuilder.Add(m.Commitments);
        var commitments = commitmentsBuilder.MoveToImmutable();
        var intersected = new OptionSet[issues];
        for (var i = 0; i < issues; i++)
        {
            var set = AllOptions(i);
            for (var c = 0; c < commitments.Length; c++)
                if (Setting.IsSeated(c)) set = set.Intersect(commitments[c][i]);
            intersected[i] = set;
        }
        var agreed = Settlement.Zone(Setting, intersected);
        var trackAgreed = Tracks.Agreed(Scenario.Tracks, issues, commitments, Setting.Absent);
        var reported = AddTrackAgreements(round, commitments, pending);
        var clubs = Clubs.Update(State.Clubs, Scenario.ClubThreshold, round, Setting.Leverage, commitments, issues, Setting.Absent);
        AddClubNews(round, clubs, pending);

        var table = new RoundTable(round, Draft, brokered.Moves, commitments, agreed, trackAgreed, clubs, round >= Rules.MaxRounds, State.Positions);
        var closing = _protocol.Close(Setting, State.Protocol, table);
        var converged = ImmutableArray.CreateBuilder<bool>(agreed.Length);
        foreach (var a in agreed) converged.Add(!a.IsEmpty);
        pending.Add(new DraftRevised(round, closing.Draft, converged.MoveToImmutable()));

        var aspirations = ImmutableArray.CreateBuilder<double>(moves.Count);
        var risks = ImmutableArray.CreateBuilder<double>(moves.Count);
        foreach (var m in moves)
        {
            aspirations.Add(m.Aspiration);
            risks.Add(m.Risk);
        }
        var ledger = State.Ledger;
        if (!brokered.Trades.IsEmpty)
        {
            var entries = new List<Linkage.LedgerEntry>(2 * brokered.Trades.Length);
            foreach (var t in brokered.Trades) entries.AddRange([t.First, t.Second]);
            ledger = ledger.AddRange(entries);
        }
        var next = State with
        {
            Round = round, Draft = closing.Draft, Commitments = commitments,
            OpeningCommitments = round == 1 ? commitments : State.OpeningCommitments,
            Aspirations = aspirations.MoveToImmutable(), Risks = risks.MoveToImmutable(),
            Clubs = clubs, Ledger = ledger,
            Transcript = transcript.AddRange(pending), Protocol = closing.State,
            Positions = Remember(State.Positions, closing.Positions), Drafts = Remember(State.Drafts, Draft),
        };
        if (closing.Pact is { } pact) return Conclude(next, SummitStatus.Agreement, pact);
        if (closing.AtDeadline is { } partial)
            return Conclude(next, DeadlineStatus(partial), partial);
        var (setting, fired) = FireEvents(Setting, next, round + 1, _protocol);
        return new Summit(setting, _protocol, fired) { ReportedSoFar = reported };
    }

    /// <summary>What the deadline leaves: a complete package is one everyone accepts (the protocols never
    /// hand over a complete one that isn't), some settled issues a partial pact, none no agreement.</summary>
    private static SummitStatus DeadlineStatus(Package partial) =>
        partial.IsComplete ? SummitStatus.Agreement
        : partial.Choices.Any(o => o != Package.Open) ? SummitStatus.Partial : SummitStatus.NoAgreement;

    /// <summary>The last <see cref="RoundContext.Memory"/> entries, the latest last: one array a round (not the two of
    /// RemoveAt then Add).</summary>
    private static ImmutableArray<T> Remember<T>(ImmutableArray<T> history, T latest)
    {
        var kept = Math.Min(history.Length, RoundContext.Memory - 1);
        var next = new T[kept + 1];
        history.AsSpan(history.Length - kept, kept).CopyTo(next);
        next[kept] = latest;
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(next);
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
    /// of the scenario); a party joining gets empty commitments, and the protocol hears of it.</summary>
    private static (SummitSetting, SummitState) FireEvents(SummitSetting setting, SummitState state, int round,
        INegotiationProtocol? protocol, IEnumerable<ScenarioEvent>? only = null)
    {
        var scenario = setting.Scenario;
        var commitments = state.Commitments;
        var absent = setting.Absent;
        var transcript = state.Transcript;
        foreach (var evt in (only ?? scenario.Events).Where(e => e.Round == round))
        {
            (scenario, commitments, absent) = EventEffects.Apply(evt, scenario, commitments, absent);
            transcript = transcript.Add(new EventFired(round, evt));
        }
        if (ReferenceEquals(scenario, setting.Scenario) && absent == setting.Absent) return (setting, state);
        var joined = scenario.Countries.Length - state.Aspirations.Length;
        var nothing = Enumerable.Repeat(OptionSet.Empty, scenario.Issues.Length).ToImmutableArray();
        var protocolState = state.Protocol;
        if (joined > 0 && protocol is not null) protocolState = protocol.PartyJoined(protocolState, scenario.Countries.Length);
        return (SettingFor(scenario, setting.Rules, absent), state with
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
    /// <returns>The (track, issue) pairs reported so far, this round's included.</returns>
    private HashSet<(string Track, int Issue)>? AddTrackAgreements(int round, ImmutableArray<ImmutableArray<OptionSet>> commitments, List<TranscriptEvent> pending)
    {
        if (Scenario.Tracks.IsEmpty) return null;
        var reported = ReportedTracks();
        HashSet<(string, int)>? updated = null;
        foreach (var track in Scenario.Tracks)
            foreach (var issue in track.Issues)
            {
                if (reported.Contains((track.Id, issue))) continue;
                var now = AllOptions(issue);
                var seated = false;
                foreach (var c in track.Countries)
                    if (Setting.IsSeated(c)) (now, seated) = (now.Intersect(commitments[c][issue]), true);
                if (now.IsEmpty || !seated) continue;
                pending.Add(new TrackAgreed(round, track.Id, issue, now));
                (updated ??= new HashSet<(string, int)>(reported)).Add((track.Id, issue));
            }
        return updated ?? reported;
    }

    /// <summary>The (track, issue) pairs the transcript has reported agreed: carried from round to round
    /// (a set is never changed once a summit holds it), read off the transcript when a summit is built otherwise.</summary>
    private HashSet<(string Track, int Issue)> ReportedTracks() =>
        ReportedSoFar ?? [.. State.Transcript.OfType<TrackAgreed>().Select(t => (t.Track, t.Issue))];

    /// <summary>News of the clubs: each club formed, each member that joined one (in the order it joined).</summary>
    private void AddClubNews(int round, ImmutableArray<Club> clubs, List<TranscriptEvent> pending)
    {
        foreach (var club in clubs)
        {
            Club? before = null;
            foreach (var c in State.Clubs)
                if (c.Issue == club.Issue) { before = c; break; }
            if (before is null) { pending.Add(new ClubFormed(round, club)); continue; }
            if (before.Members == club.Members) continue; // a club without news keeps its very member list
            foreach (var member in club.Members)
                if (!before.Members.Contains(member))
                    pending.Add(new ClubJoined(round, club.Issue, club.Option, Scenario.Countries[member].Id));
        }
    }

    private OptionSet AllOptions(int issue) =>
        new(Scenario.Issues[issue].Options.Length == 64 ? ulong.MaxValue : (1UL << Scenario.Issues[issue].Options.Length) - 1);
}
