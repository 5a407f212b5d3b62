namespace TechPact.Contracts.Watching;

/// <summary>Every summit in the cluster announces itself and its rounds here, and the directory
/// passes them on to subscribed watchers: so a summit started by any client (a `run --connect`
/// in another terminal) shows on the server's live page. One directory per cluster.</summary>
[Alias("techpact.ISummitDirectoryGrain")]
public interface ISummitDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Subscribes, or renews a subscription; one lapses unless renewed within
    /// <see cref="SummitDirectory.SubscriptionLifetime"/>.</summary>
    [Alias("Subscribe")]
    Task Subscribe(ISummitWatcher watcher);

    [Alias("Unsubscribe")]
    Task Unsubscribe(ISummitWatcher watcher);

    [Alias("SummitOpened")]
    Task SummitOpened(SummitAnnouncement announcement);

    [Alias("RoundEnded")]
    Task RoundEnded(SummitRoundNotice notice);

    /// <summary>The summits announced since the directory activated, newest last.</summary>
    [Alias("List")]
    Task<ImmutableArray<SummitListing>> List();
}

public static class SummitDirectory
{
    /// <summary>The one directory's key.</summary>
    public const string Key = "all";

    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>Watchers renew this often, well inside the lifetime.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    public static ISummitDirectoryGrain Of(IGrainFactory grains) => grains.GetGrain<ISummitDirectoryGrain>(Key);
}
