using TechPact.Contracts.Classroom;
using TechPact.Contracts.Watching;
using TechPact.Grains.Summits;
using TechPact.Negotiation.Classroom;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Classroom;

/// <summary>Round clocks: opening the tables, closing a round (the AI answers for silent seats,
/// marked), deadlines checked by a grain timer, and announcing each round to the summit directory
/// so the live page and its streams follow every table.</summary>
public sealed partial class ClassroomGrain
{
    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(1);
    private IGrainTimer? _timer;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TimeSpan RoundLength => TimeSpan.FromSeconds(S.Setup!.DeadlineSeconds);

    public async Task CheckDeadlines()
    {
        if (S.Status != ClassroomStatus.Running) return;
        var now = Clock.GetUtcNow();
        var closed = false;
        for (var t = 0; t < S.Tables.Count; t++)
        {
            if (_summits[t].IsOver || S.Tables[t].Deadline is not { } deadline || deadline > now) continue;
            CloseRound(t);
            closed = true;
        }
        if (closed) await Changed();
    }

    private async Task OpenTables()
    {
        for (var t = 0; t < S.Tables.Count; t++)
        {
            var summit = Summit.Open(S.Prepared!, S.Setup!.Rules);
            _summits.Add(summit);
            S.Tables[t].Transcript = [.. summit.Transcript];
            S.Tables[t].Deadline = Clock.GetUtcNow() + RoundLength;
            await Announce(() => SummitDirectory.Of(GrainFactory).SummitOpened(
                new SummitAnnouncement(SummitIdOf(t), S.Prepared!, S.Setup.Rules, [.. summit.Transcript])));
        }
    }

    /// <summary>Closes table <paramref name="t"/>'s open round: human moves as handed in, every other
    /// seat by its country's strategy; then the instructor's injects fire as the next round opens.</summary>
    private void CloseRound(int t)
    {
        var table = S.Tables[t];
        var summit = _summits[t];
        var context = summit.NextRound();
        var briefs = summit.Briefs();
        var humans = HumanSeats(t).Select(s => s.Country).ToHashSet(StringComparer.Ordinal);
        var moves = new CountryMove[briefs.Length];
        for (var c = 0; c < briefs.Length; c++)
        {
            var id = briefs[c].Profile.Id;
            if (table.Moves.TryGetValue(id, out var move)) { moves[c] = move; continue; }
            moves[c] = new CountryNegotiator(briefs[c]).Respond(context);
            if (humans.Contains(id)) table.Markers.Add(new SeatPlayedByAi(context.Round, id));
        }
        var start = table.Transcript.Length + table.Markers.Count(m => m.Round < context.Round);
        summit = summit.Apply(moves);
        if (!summit.IsOver && table.Injects.Count > 0)
            summit = summit.Fork(summit.Rules, table.Injects.Select(e => e with { Round = summit.Round + 1 }));
        table.Injects.Clear();
        table.Moves.Clear();
        table.Answers.Clear();
        table.Transcript = [.. summit.Transcript];
        _summits[t] = summit;
        if (summit.IsOver) (table.Deadline, table.Remaining) = (null, null);
        else if (S.Status == ClassroomStatus.Paused) (table.Deadline, table.Remaining) = (null, RoundLength);
        else table.Deadline = Clock.GetUtcNow() + RoundLength;
        if (S.Status == ClassroomStatus.Running && _summits.All(s => s.IsOver)) Finish();
        AnnounceRound(t, summit, start);
    }

    private void AnnounceRound(int t, Summit summit, int start)
    {
        var merged = MergedTranscript(t);
        var notice = new SummitRoundNotice(SummitIdOf(t), SummitViews.LastRound(summit), start, [.. merged.Skip(start)]);
        // Fire and forget: the class must not wait on (or fail with) whoever is watching.
        _ = Announce(() => SummitDirectory.Of(GrainFactory).RoundEnded(notice));
    }

    private static async Task Announce(Func<Task> call)
    {
        try { await call(); }
        catch (Exception) { /* Watching is best effort; the stored transcript is the record. */ }
    }

    private void Finish()
    {
        S.Status = ClassroomStatus.Finished;
        StopTimer();
    }

    private IReadOnlyList<TranscriptEvent> MergedTranscript(int t) =>
        ClassroomTranscript.Merge(S.Tables[t].Transcript, S.Tables[t].Markers);

    private string SummitIdOf(int t) => $"{SessionId}-table{t + 1}";

    private void StartTimer()
    {
        _timer ??= this.RegisterGrainTimer(CheckDeadlines, new GrainTimerCreationOptions(TickEvery, TickEvery) { KeepAlive = true });
    }

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>Stores the session and wakes whoever waits for a change (the web's streams).</summary>
    private async Task Changed()
    {
        S.Version++;
        await store.WriteStateAsync();
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    public async Task<int> WaitForChange(int knownVersion, int waitSeconds)
    {
        if (knownVersion != S.Version) return S.Version;
        await Task.WhenAny(_changed.Task, Task.Delay(TimeSpan.FromSeconds(Math.Clamp(waitSeconds, 1, 25))));
        return S.Version;
    }
}
