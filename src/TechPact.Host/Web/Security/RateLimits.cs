using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TechPact.Host.Web.Security;

/// <summary>Where guessing is possible — join codes, the instructor's password — each client
/// address gets a small budget per minute (ASP.NET Core's rate limiter, fixed windows, no queue).
/// A refused request never reaches a grain, so guessing leaves no activations behind.</summary>
/// <remarks>Budgets: a whole class joining from one machine (a lab behind remote desktop) fits in
/// the join budget; one address guessing 6-character codes at that pace needs about a year to hit
/// one of a class's 30. IPv6 clients are counted by their /64, which one host can fill with addresses.
/// Limiters of idle addresses are dropped by the framework, so the table stays bounded.</remarks>
public static class RateLimits
{
    public const string Join = "join";
    public const string Login = "login";

    public const int JoinsPerMinute = 60;
    public const int LoginsPerMinute = 10;

    public static void AddRateLimits(this IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (AccessRules.RateLimitOf(http.GetEndpoint()) is not { } kind) return RateLimitPartition.GetNoLimiter("");
            var permits = kind == Join ? JoinsPerMinute : LoginsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter($"{kind} {ClientKey(http)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
            });
        });
        options.OnRejected = async (context, cancellation) =>
        {
            var http = context.HttpContext;
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var what = AccessRules.RateLimitOf(http.GetEndpoint()) == Login ? "login attempts" : "join attempts";
            await Results.Json(new ApiErrors.Error($"Too many {what} from this address; try again in {Math.Ceiling(wait.TotalSeconds):0} s."),
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
        };
    });

    /// <summary>The client's address, IPv6 cut to its /64.</summary>
    public static string ClientKey(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
