namespace TechPact.Host.Web.Security;

/// <summary>Applies <see cref="AccessRules.TableRuleOf"/>: a route naming a summit that is a classroom
/// table answers only its session's instructor (403 for anyone else, students included), and the live
/// page's seat routes refuse tables (409). Runs after routing and the cross-site check, before the endpoint.</summary>
public sealed class ClassTableGate(RequestDelegate next, ClassTables tables)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var rule = AccessRules.TableRuleOf(http.GetEndpoint());
        if (rule == TableRule.None || http.Request.RouteValues[AccessRules.SummitRouteValue] is not string summitId ||
            await tables.SessionOf(summitId) is not { } session)
        {
            await next(http);
            return;
        }
        if (rule == TableRule.NotForTables)
            await Results.Json(new ApiErrors.Error(ClassTables.SeatsMessage(summitId)), statusCode: StatusCodes.Status409Conflict).ExecuteAsync(http);
        else if (!await tables.MayWatch(http, summitId))
            await Results.Json(new ApiErrors.Error(ClassTables.HiddenMessage(summitId, session)), statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
        else await next(http);
    }
}
