using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace TechPact.Host.Web.Classroom;

/// <summary>Pushes a view over server-sent events each time the session changes: the grain's
/// WaitForChange answers at the next change (or after a while: then a keep-alive goes out).</summary>
public static class ClassroomStreams
{
    private static readonly int WaitSeconds = (int)EventStreams.KeepAliveEvery.TotalSeconds;

    public static Task<IResult> Follow(HttpContext http, IClassroomGrain grain, string name, Func<IClassroomGrain, Task<object>> view) =>
        Follow(http, grain.WaitForChange, name, () => view(grain));

    /// <summary>The same for anything with a version to wait on (a summit's seat on the live page). A refusal before
    /// the first view is the request's answer (403/404 JSON); one later is a "refused" event, and the stream ends.</summary>
    public static async Task<IResult> Follow(HttpContext http, Func<int, int, Task<int>> waitForChange, string name, Func<Task<object>> view)
    {
        object first;
        int version;
        try
        {
            // The version first, then the view: the view is at least that new, so the loop waits for the next
            // change instead of sending the same view again (every stream used to send its first view twice).
            version = await waitForChange(int.MinValue, 1);
            first = await view();
        }
        catch (Refusal refusal) { return ClassroomAuth.Refused(refusal); }
        return EventStreams.Stream(http, ending => Views(waitForChange, name, view, first, version, ending));
    }

    private static async IAsyncEnumerable<SseItem<object>> Views(Func<int, int, Task<int>> waitForChange, string name, Func<Task<object>> view,
        object first, int version, [EnumeratorCancellation] CancellationToken ending)
    {
        yield return EventStreams.Event(name, first);
        while (!ending.IsCancellationRequested)
        {
            var now = await waitForChange(version, WaitSeconds).WaitAsync(ending);
            if (now == version)
            {
                yield return EventStreams.KeepAlive;
                continue;
            }
            version = now;
            SseItem<object> next;
            try { next = EventStreams.Event(name, await view()); }
            catch (Refusal refusal) { next = EventStreams.Event("refused", new ApiErrors.Error(refusal.Message)); }
            yield return next;
            if (next.EventType == "refused") yield break;
        }
    }
}
