namespace TechPact.Host.Web.Classroom;

/// <summary>Where a request's token comes from: "Authorization: Bearer …" or the cookie the join
/// and create steps set (one cookie per seat, so one browser may hold several). The grain decides
/// whether the token opens what is asked; this only finds it.</summary>
public static class ClassroomAuth
{
    public static string InstructorCookie(string session) => $"tp-instructor-{session}";

    public static string SeatCookie(string session, int table, string country) => $"tp-seat-{session}-{table}-{country}";

    public static string Token(HttpRequest request, string cookie)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        return request.Cookies.TryGetValue(cookie, out var value) ? value : "";
    }

    /// <summary>For the debrief: the instructor's token, else any seat token this browser holds for the session.</summary>
    public static IEnumerable<string> AnyToken(HttpRequest request, string session)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) yield return header["Bearer ".Length..].Trim();
        if (request.Cookies.TryGetValue(InstructorCookie(session), out var instructor)) yield return instructor;
        foreach (var (name, value) in request.Cookies)
            if (name.StartsWith($"tp-seat-{session}-", StringComparison.Ordinal)) yield return value;
    }

    /// <summary>The seat tokens this browser holds, whatever their session (at most <see cref="MaxSeatCookies"/>):
    /// a join from a browser that already holds the code's seat opens it again.</summary>
    public static IEnumerable<string> SeatTokens(HttpRequest request) =>
        request.Cookies.Where(c => c.Key.StartsWith("tp-seat-", StringComparison.Ordinal)).Select(c => c.Value).Take(MaxSeatCookies);

    private const int MaxSeatCookies = 32;

    /// <summary>HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), and Secure over
    /// HTTPS (directly, or behind a trusted proxy that says so), so it never travels in clear text once it has not.</summary>
    public static void SetCookie(HttpContext http, string name, string token) =>
        http.Response.Cookies.Append(name, token, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", MaxAge = TimeSpan.FromDays(2), IsEssential = true,
            Secure = http.Request.IsHttps,
        });

    public static IResult Refused(Refusal refusal) => Results.Json(new ApiErrors.Error(refusal.Message), statusCode: refusal.Kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    });
}
