using System.Threading.Channels;

namespace TechPact.Host.Web.Live;

/// <summary>The web process's copy of one summit, kept from the notices its grain sends: the
/// transcript so far, a frame per round, and the streams following it.</summary>
public sealed class SummitReplica
{
    private readonly Lock _gate = new();
    private readonly List<TranscriptEvent> _transcript = [];
    private readonly List<RoundFrame> _frames = [];
    private readonly List<Channel<RoundFrame>> _followers = [];

    public SummitReplica(string summitId, Scenario scenario, NegotiationRules rules, IEnumerable<TranscriptEvent> transcript)
    {
        (SummitId, Scenario, Rules) = (summitId, scenario, rules);
        // Once per summit: the Nash point every round's distance is measured to.
        Analysis = scenario.Countries.IsDefaultOrEmpty ? null : AnalysisCache.Shared.For(scenario);
        Header = RoundFrames.Header(summitId, scenario, rules, Analysis);
        Replace(transcript);
    }

    public string SummitId { get; }
    public Scenario Scenario { get; }
    public NegotiationRules Rules { get; }
    public OutcomeAnalysis? Analysis { get; }
    public SummitHeader Header { get; }
    public DateTime OpenedAt { get; } = DateTime.UtcNow;

    public bool IsOver { get { lock (_gate) return _frames.Count > 0 && _frames[^1].Pact is not null; } }

    /// <summary>A person has held a seat at some point (so the summit may be a classroom table: see ClassTables).</summary>
    public bool SeatedAPerson { get; private set; }

    /// <summary>Applies a round notice. False when notices were missed: the caller then reads the
    /// whole transcript from the summit and calls <see cref="Replace"/>.</summary>
    public bool TryApply(SummitRoundNotice notice)
    {
        lock (_gate)
        {
            if (notice.TranscriptStart + notice.NewEvents.Length <= _transcript.Count) return true; // already have it
            if (notice.TranscriptStart != _transcript.Count) return false;
            AppendLocked(notice.NewEvents);
            return true;
        }
    }

    public void Replace(IEnumerable<TranscriptEvent> transcript)
    {
        lock (_gate)
        {
            var all = transcript.ToList();
            if (all.Count <= _transcript.Count) return;
            AppendLocked(all.Skip(_transcript.Count).ToList());
        }
    }

    /// <summary>The frames so far and, atomically, a channel that gets every later one; it
    /// completes after the frame that concludes the summit.</summary>
    public (IReadOnlyList<RoundFrame> Past, ChannelReader<RoundFrame>? Live) Follow()
    {
        lock (_gate)
        {
            var past = _frames.ToList();
            if (IsOverLocked()) return (past, null);
            var channel = Channel.CreateUnbounded<RoundFrame>(new UnboundedChannelOptions { SingleReader = true });
            _followers.Add(channel);
            return (past, channel.Reader);
        }
    }

    public void Unfollow(ChannelReader<RoundFrame>? reader)
    {
        lock (_gate) _followers.RemoveAll(c => c.Reader == reader);
    }

    public IReadOnlyList<RoundFrame> Frames { get { lock (_gate) return _frames.ToList(); } }

    public SummitState State()
    {
        lock (_gate)
        {
            var concluded = _transcript.OfType<SummitConcluded>().LastOrDefault();
            var round = _frames.Count == 0 ? 0 : _frames[^1].Round;
            var last = _frames.Count == 0 ? null : _frames[^1];
            var agreement = concluded is null
                ? new Dictionary<string, string?>()
                : Scenario.Issues.Select((issue, i) => (issue.Id, Option: concluded.Agreement[i] < 0 ? null : issue.Options[concluded.Agreement[i]].Id))
                    .ToDictionary(x => x.Id, x => x.Option, StringComparer.Ordinal);
            var utilities = last?.Countries.ToDictionary(c => c.Id, c => c.Utility, StringComparer.Ordinal) ?? [];
            if (last?.Pact is { } pact) utilities = pact.Utilities.ToDictionary(StringComparer.Ordinal);
            return new SummitState(SummitId, Scenario.Id, Scenario.Title, Rules.Seed, round, Rules.MaxRounds,
                concluded is null ? "running" : RunOutcome.StatusName(concluded.Status), agreement, utilities, last?.NashDistance);
        }
    }

    private void AppendLocked(IReadOnlyList<TranscriptEvent> fresh)
    {
        _transcript.AddRange(fresh);
        SeatedAPerson |= fresh.Any(e => e is SeatTaken { Kind: SeatKind.Person });
        // A frame for every round that has now ended (a draft revised or the summit concluded).
        var lastFramed = _frames.Count == 0 ? 0 : _frames[^1].Round;
        var ended = _transcript.Where(e => e is DraftRevised or SummitConcluded && e.Round > lastFramed)
            .Select(e => e.Round).Distinct().Order().ToList();
        foreach (var round in ended)
        {
            var frame = RoundFrames.Frame(SummitId, Scenario, Analysis, _transcript, round);
            _frames.Add(frame);
            foreach (var follower in _followers) follower.Writer.TryWrite(frame);
        }
        if (IsOverLocked())
        {
            foreach (var follower in _followers) follower.Writer.TryComplete();
            _followers.Clear();
        }
    }

    private bool IsOverLocked() => _frames.Count > 0 && _frames[^1].Pact is not null;
}
