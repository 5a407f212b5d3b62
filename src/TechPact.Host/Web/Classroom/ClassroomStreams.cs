namespace TechPact.Host.Web.Classroom;

/// <summary>Pushes a view over server-sent events each time the session changes: the grain's
/// WaitForChange answers at the next change (or after a while, as a keep-alive).</summary>
public static class ClassroomStreams
{
    private const int WaitSeconds = 15;

    public static Task Follow(HttpContext http, IClassroomGrain grain, string name, Func<IClassroomGrain, Task<object>> view) =>
        Follow(http, grain.WaitForChange, name, () => view(grain));

    /// <summary>The same for anything with a version to wait on (a summit's seat on the live page).</summary>
    public static async Task Follow(HttpContext http, Func<int, int, Task<int>> waitForChange, string name, Func<Task<object>> view)
    {
        var lifetime = http.RequestServices.GetRequiredService<IHostApplicationLifetime>();
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        object first;
        int version;
        try
        {
            // The version first, then the view: the view is at least that new, so the loop waits for the next
            // change instead of sending the same view again (every stream used to send its first view twice).
            version = await waitForChange(int.MinValue, 1);
            first = await view();
        }
        catch (Refusal refusal)
        {
            await ClassroomAuth.Refused(refusal).ExecuteAsync(http);
            return;
        }
        try
        {
            var events = await ServerSentEvents.StartAsync(http);
            await events.SendAsync(name, first, ending.Token);
            while (!ending.IsCancellationRequested)
            {
                var now = await waitForChange(version, WaitSeconds).WaitAsync(ending.Token);
                if (now == version) { await events.KeepAliveAsync(ending.Token); continue; }
                version = now;
                try { await events.SendAsync(name, await view(), ending.Token); }
                catch (Refusal refusal)
                {
                    await events.SendAsync("refused", new ApiErrors.Error(refusal.Message), ending.Token);
                    return;
                }
            }
        }
        catch (OperationCanceledException) { }
    }
}
