namespace TechPact.Host.Web.Live;

/// <summary>Subscribes <see cref="LiveSummits"/> to the summit directory when the server starts
/// (after the silo: registered after UseOrleans), and renews the subscription until it stops.</summary>
public sealed class SummitWatching(IGrainFactory grains, LiveSummits live, ILogger<SummitWatching> logger) : IHostedService, IAsyncDisposable
{
    private ISummitWatcher? _reference;
    private readonly CancellationTokenSource _stopping = new();
    private Task _renewing = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<ISummitWatcher>(live);
        await SummitDirectory.Of(grains).Subscribe(_reference);
        _renewing = RenewAsync(_stopping.Token);
    }

    private async Task RenewAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(SummitDirectory.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try { await SummitDirectory.Of(grains).Subscribe(_reference!); }
                catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Renewing the summit subscription failed; retrying"); }
            }
        }
        catch (OperationCanceledException) { }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _renewing;
        try { if (_reference is not null) await SummitDirectory.Of(grains).Unsubscribe(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogDebug(e, "Unsubscribe on shutdown failed"); }
        catch (OperationCanceledException) { }
    }

    public ValueTask DisposeAsync()
    {
        if (_reference is not null) grains.DeleteObjectReference<ISummitWatcher>(_reference);
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
