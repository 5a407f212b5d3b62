using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orleans.Runtime;
using TechPact.Host.Silo;

namespace TechPact.Host.Web;

/// <summary>GET /healthz for load balancers and supervisors: 200 while this process's silo is an
/// active member of its cluster, 503 while it is joining, leaving or declared dead.</summary>
public static class Health
{
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapGet("/healthz", Check);

    private static IResult Check(ILocalSiloDetails local, IClusterMembershipService membership, ClusterBacking backing)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(local.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var body = new HealthReport(status == SiloStatus.Active ? "ok" : "unavailable", status.ToString(),
            local.SiloAddress.ToString(), active, backing.StorageKind);
        return Results.Json(body, statusCode: status == SiloStatus.Active ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <param name="ActiveSilos">Silos this one counts as active in the cluster (itself included).</param>
    /// <param name="Storage">"memory" (embedded) or "redis".</param>
    private sealed record HealthReport(string Status, string Silo, string SiloAddress, int ActiveSilos, string Storage);
}
