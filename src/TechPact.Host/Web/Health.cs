using Orleans.Runtime;

namespace TechPact.Host.Web;

/// <summary>GET /healthz for load balancers and supervisors: 200 while this process's silo is an
/// active member of its cluster and its grain storage answers a probe; 503 while it is joining,
/// leaving or declared dead, or storage (Redis) does not answer.</summary>
public static class Health
{
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapGet("/healthz", CheckAsync);

    private static async Task<IResult> CheckAsync(ILocalSiloDetails local, IClusterMembershipService membership, ClusterBacking backing,
        StorageProbe storage)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(local.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var storageProblem = await storage.PingAsync();
        var healthy = status == SiloStatus.Active && storageProblem is null;
        var body = new HealthReport(healthy ? "ok" : "unavailable", status.ToString(),
            local.SiloAddress.ToString(), active, backing.StorageKind, storageProblem);
        return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <param name="ActiveSilos">Silos this one counts as active in the cluster (itself included).</param>
    /// <param name="Storage">"memory" (embedded) or "redis".</param>
    /// <param name="StorageProblem">Null while storage answers; else why it does not.</param>
    public sealed record HealthReport(string Status, string Silo, string SiloAddress, int ActiveSilos, string Storage, string? StorageProblem);
}
