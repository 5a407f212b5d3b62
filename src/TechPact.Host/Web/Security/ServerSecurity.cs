using Microsoft.AspNetCore.HttpOverrides;

namespace TechPact.Host.Web.Security;

/// <summary>Everything that makes the server hold against its users, in the order requests meet
/// it. <see cref="NegotiationServer"/> calls these two; the endpoint files know nothing of them.</summary>
public static class ServerSecurity
{
    public static void AddServerSecurity(this IServiceCollection services, ServerAccess access)
    {
        services.AddSingleton(access);
        services.AddInstructorLogin();
        services.AddRateLimits();
        services.AddSingleton<Classroom.ClassTables>();
        services.AddSingleton<StorageProbe>();
        services.AddHostedService(s => s.GetRequiredService<StorageProbe>());
    }

    public static void UseServerSecurity(this WebApplication app, ServerAccess access)
    {
        if (access.TrustedProxy is { } proxy)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
            forwarded.KnownProxies.Add(proxy);
            app.UseForwardedHeaders(forwarded);
        }
        app.UseJsonErrors();
        app.UseMiddleware<HostCheck>();
        app.Use((http, next) =>
        {
            // No framing (the console's buttons can't be clickjacked), no sniffing, no URLs leaking out.
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            headers["Referrer-Policy"] = "same-origin";
            return next(http);
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<EndpointGate>();
        app.UseMiddleware<CrossSiteCheck>();
        app.UseMiddleware<ClassTableGate>();
        app.UseRateLimiter();
        app.UseMiddleware<StorageGate>();
    }
}
