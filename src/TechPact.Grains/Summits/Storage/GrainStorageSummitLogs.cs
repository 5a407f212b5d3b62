namespace TechPact.Grains.Summits.Storage;

/// <summary>The summit log over any Orleans grain storage (memory storage, the tests' clusters): the
/// opening is the grain's "summit" record and each page a record of its own ("summit-1", "summit-2",
/// …), so a round writes only itself. Reading back takes one read per page; Redis, where a summit
/// activates after a silo dies, has its own store that reads the log in one request.</summary>
/// <remarks>A log stored whole in "summit" by an older version reads as an opening with every round in it.</remarks>
public sealed class GrainStorageSummitLogs(IGrainStorage storage) : ISummitLogStore
{
    private const string Opening = "summit";

    public async Task<StoredSummitLog?> ReadAsync(GrainId summit)
    {
        var head = new GrainState<SummitLog>();
        await storage.ReadStateAsync(Opening, summit, head);
        if (!head.RecordExists || head.State is not { } opening) return null;
        var transcript = opening.Transcript.ToBuilder();
        var pages = 1;
        for (; ; pages++)
        {
            var page = new GrainState<SummitLogPage>();
            await storage.ReadStateAsync(PageName(pages), summit, page);
            if (!page.RecordExists || page.State is not { } stored) break;
            transcript.AddRange(stored.Events);
        }
        return new StoredSummitLog(opening with { Transcript = transcript.ToImmutable() }, pages);
    }

    // A fresh GrainState has no ETag: the storage refuses to write over a record that exists.
    public Task OpenAsync(GrainId summit, SummitLog opening) =>
        storage.WriteStateAsync(Opening, summit, new GrainState<SummitLog>(opening));

    public Task AppendAsync(GrainId summit, int page, ImmutableArray<TranscriptEvent> events) =>
        storage.WriteStateAsync(PageName(page), summit, new GrainState<SummitLogPage>(new SummitLogPage(events)));

    private static string PageName(int page) => $"{Opening}-{page}";
}
