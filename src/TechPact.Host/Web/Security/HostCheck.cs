namespace TechPact.Host.Web.Security;

/// <summary>Refuses a Host header that does not name this server (DNS rebinding: a page on
/// evil.example whose name now resolves to this machine would otherwise be served, with the
/// page's script reading every answer). Runs first, before anything is looked up.</summary>
public sealed class HostCheck(RequestDelegate next, ServerAccess access)
{
    public Task InvokeAsync(HttpContext http)
    {
        var host = http.Request.Host.Host;
        if (access.IsAllowedHost(host)) return next(http);
        var names = string.Join(", ", access.HostNames.Order(StringComparer.Ordinal));
        var how = access.LoginRequired ? "or start the server with --host NAME" : "a server for the room's network is started with --public [--host NAME]";
        var error = new ApiErrors.Error($"This server does not answer to the name '{Shown(host)}'. Use its address or one of: {names}; {how}.");
        return Results.Json(error, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
    }

    private static string Shown(string host) => TextRules.Visible(host.Length > 100 ? host[..100] + "…" : host);
}
