using Microsoft.Net.Http.Headers;

namespace TechPact.Host.Web.Security;

/// <summary>Every state-changing request is JSON from this site. A form or a text/plain fetch from
/// another site is a "simple" request browsers send without asking (and with the user's cookies);
/// a JSON one needs a CORS preflight this server never grants. Browsers also say where a request
/// comes from (Origin, Sec-Fetch-Site): anything but this origin is refused. Clients that are not
/// browsers (curl, the tests, agents) send neither header and are not affected.</summary>
public sealed class CrossSiteCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            return next(http);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return Refuse(http, StatusCodes.Status403Forbidden, $"A {site} request may not change anything here (Sec-Fetch-Site: {site}).");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsThisOrigin(origin, request))
            return Refuse(http, StatusCodes.Status403Forbidden, $"A request from {origin} may not change anything here.");
        var hasBody = request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !IsJson(request.ContentType))
            return Refuse(http, StatusCodes.Status415UnsupportedMediaType, "Send the body as JSON (Content-Type: application/json).");
        return next(http);
    }

    private static bool IsThisOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(uri.Host, request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) && uri.Port == port;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static Task Refuse(HttpContext http, int status, string message) =>
        Results.Json(new ApiErrors.Error(message), statusCode: status).ExecuteAsync(http);
}
