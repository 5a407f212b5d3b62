namespace TechPact.Grains.Summits.Storage;

/// <summary>Where summits keep their log: written once at the opening (scenario, rules, the opening
/// lines), then one page per round appended, so a round costs what it adds and never rewrites the
/// rounds before it. Read whole, once, when a summit activates.</summary>
/// <remarks>Pages are numbered from 1 (the opening is page 0). An append names the page it writes, and
/// fails with <see cref="Orleans.Storage.InconsistentStateException"/> when that page exists already:
/// two activations of one summit (a silo wrongly thought dead) can't both write round 7.</remarks>
public interface ISummitLogStore
{
    /// <summary>The whole log, or null when the summit was never opened.</summary>
    Task<StoredSummitLog?> ReadAsync(GrainId summit);

    /// <summary>Writes the opening; fails when the summit has a log already.</summary>
    Task OpenAsync(GrainId summit, SummitLog opening);

    /// <summary>Appends page <paramref name="page"/> (the log has pages 0 … page − 1).</summary>
    Task AppendAsync(GrainId summit, int page, ImmutableArray<TranscriptEvent> events);
}

/// <summary>A log as read back: the whole history, and how many pages it was stored in.</summary>
public sealed record StoredSummitLog(SummitLog Log, int Pages);

/// <summary>One round's page of a summit log: the transcript lines the round wrote (its answers, the
/// revised draft, seat lines, events that fired), in order.</summary>
[GenerateSerializer, Immutable, Alias("techpact.SummitLogPage")]
public sealed record SummitLogPage([property: Id(0)] ImmutableArray<TranscriptEvent> Events);
