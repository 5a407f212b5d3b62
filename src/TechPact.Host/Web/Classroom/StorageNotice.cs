using Orleans.Storage;

namespace TechPact.Host.Web.Classroom;

/// <summary>Whether sessions survive a restart: they do only when the default grain storage is not
/// the in-memory one (e.g. Redis). The console says so plainly.</summary>
public static class StorageNotice
{
    public static bool IsDurable(IServiceProvider services) =>
        services.GetKeyedService<IGrainStorage>("Default") is { } storage && !storage.GetType().Name.Contains("Memory", StringComparison.Ordinal);

    public static string Text(bool durable) => durable
        ? "Sessions are kept in durable grain storage: a restart of techpact serve does not lose this session."
        : "Memory storage: restarting techpact serve loses this session. Start the server with durable storage (e.g. --redis) to keep it.";
}
