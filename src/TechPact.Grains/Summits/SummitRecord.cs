namespace TechPact.Grains.Summits;

/// <summary>A summit's stored log, from the grain's side: the opening it was written with and how much of
/// the transcript is stored. Each store appends only the lines since the last one, as a page.</summary>
/// <remarks>The transcript is append-only (seat lines land after what was stored; see
/// <see cref="SeatTranscript.Merge"/>), so "the lines since the last store" is a suffix.</remarks>
internal sealed class SummitRecord(ISummitLogStore store, GrainId summit)
{
    private int _pages;
    private int _stored;

    /// <summary>The scenario and rules as opened, before round 1's events fired (replaying fires them again).</summary>
    public (Scenario Scenario, NegotiationRules Rules)? Opening { get; private set; }

    public bool Exists => _pages > 0;

    /// <summary>Reads the log back, once, when the summit activates.</summary>
    public async Task<SummitLog?> ReadAsync()
    {
        if (await store.ReadAsync(summit) is not { } stored) return null;
        (_pages, _stored, Opening) = (stored.Pages, stored.Log.Transcript.Length, (stored.Log.Scenario, stored.Log.Rules));
        return stored.Log;
    }

    /// <summary>Stores the opening: the scenario as opened and the transcript so far.</summary>
    public async Task OpenAsync(Scenario scenario, NegotiationRules rules, IReadOnlyList<TranscriptEvent> transcript)
    {
        await store.OpenAsync(summit, new SummitLog(scenario, rules, [.. transcript]));
        (_pages, _stored, Opening) = (1, transcript.Count, (scenario, rules));
    }

    /// <summary>Appends what the transcript gained since the last store (nothing, when nothing).</summary>
    public async Task AppendAsync(IReadOnlyList<TranscriptEvent> transcript)
    {
        if (transcript.Count <= _stored) return;
        var page = ImmutableArray.CreateRange(transcript.Skip(_stored));
        await store.AppendAsync(summit, _pages, page);
        (_pages, _stored) = (_pages + 1, transcript.Count);
    }

    /// <summary>The log as stored (and as a watcher that joins late needs it).</summary>
    public SummitLog Log(IReadOnlyList<TranscriptEvent> transcript) =>
        Opening is { } o ? new SummitLog(o.Scenario, o.Rules, [.. transcript]) : throw new InvalidOperationException("The summit has no log.");
}
