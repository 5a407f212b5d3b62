namespace TechPact.Host.Web.Security;

/// <summary>After routing: applies <see cref="AccessRules"/> (disabled endpoints, the instructor's
/// login on a public server) and refuses route values outside the id alphabet, so no endpoint
/// builds a cookie name, a grain key or a page from an id with a space, a quote or a control in it.</summary>
public sealed class EndpointGate(RequestDelegate next, ServerAccess access)
{
    /// <summary>Route ids are scenario, session and summit ids; a fork's id grows with each fork.</summary>
    private const int MaxRouteValueLength = 256;

    public Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        switch (AccessRules.Of(endpoint))
        {
            case Access.Disabled:
                return Results.Json(new ApiErrors.Error("This part of the dashboard is turned off: it reads any grain's state, confidential briefs included."),
                    statusCode: StatusCodes.Status404NotFound).ExecuteAsync(http);
            case Access.Instructor when access.LoginRequired && !InstructorLogin.IsInstructor(http):
                return InstructorLogin.RefuseAsync(http);
        }
        if (BadRouteValue(endpoint as RouteEndpoint, http) is { } bad)
            return Results.Json(new ApiErrors.Error($"'{TextRules.Visible(bad.Length > 64 ? bad[..64] + "…" : bad)}' is not an id here: ids are {TextRules.IdDescription}."),
                statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
        return next(http);
    }

    private static string? BadRouteValue(RouteEndpoint? endpoint, HttpContext http)
    {
        if (endpoint is null) return null;
        foreach (var parameter in endpoint.RoutePattern.Parameters)
            if (!parameter.IsCatchAll && http.Request.RouteValues[parameter.Name] is string value && !TextRules.IsInIdAlphabet(value, MaxRouteValueLength))
                return value;
        return null;
    }
}
