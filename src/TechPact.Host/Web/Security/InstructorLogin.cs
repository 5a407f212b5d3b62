using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TechPact.Host.Web.Security;

/// <summary>The instructor's login on a public server: POST /api/login {"password": "…"} (or the
/// /login page, which does the same) sets an HttpOnly, SameSite=Strict cookie signed by ASP.NET
/// Core's data protection; every instructor-only endpoint then needs it (<see cref="AccessRules"/>).</summary>
public static class InstructorLogin
{
    public const string LoginPath = "/api/login";
    public const string LogoutPath = "/api/logout";
    public const string CookieName = "tp-instructor-login";

    public static void AddInstructorLogin(this IServiceCollection services) =>
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.IsEssential = true;
            // A class day, not a session cookie that dies with the tab, nor a month-long key.
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/login";
        });

    public static void MapInstructorLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", () => Asset("login.html"));
        app.MapGet("/security/assets/{name}", (string name) => name switch
        {
            "login.js" => Asset(name),
            _ => ApiErrors.NotFound($"No asset '{name}'."),
        });
        app.MapPost(LoginPath, LogIn);
        app.MapPost(LogoutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Json(Acknowledged.Done);
        });
    }

    private static async Task<IResult> LogIn(HttpContext http, ServerAccess access)
    {
        if (!access.LoginRequired) return Results.Json(new LoginAnswer(true, Required: false));
        var body = await JsonBody.ReadAsync(http.Request, "{\"password\": \"…\"}");
        var password = body.String("password", "the instructor's password, printed where the server was started", required: true, maxLength: 1024);
        if (body.Problem is { } problem) return ApiErrors.BadRequest(problem);
        if (!access.IsPassword(password))
            return Results.Json(new ApiErrors.Error("That is not the instructor's password (it was printed where the server was started)."),
                statusCode: StatusCodes.Status401Unauthorized);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, "instructor")], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Json(new LoginAnswer(true, Required: true));
    }

    public static bool IsInstructor(HttpContext http) => http.User.Identity?.IsAuthenticated == true;

    /// <summary>What an instructor-only request gets without the login: pages are sent to /login
    /// (and back after it), anything else gets a JSON 401 that says how to log in.</summary>
    public static Task RefuseAsync(HttpContext http)
    {
        var wantsPage = HttpMethods.IsGet(http.Request.Method) && !http.Request.Path.StartsWithSegments("/api") &&
                        http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (wantsPage)
        {
            http.Response.Redirect("/login?next=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            return Task.CompletedTask;
        }
        return Results.Json(new ApiErrors.Error($"This needs the instructor's login: open /login, or POST {LoginPath} {{\"password\": \"…\"}} and send its cookie."),
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
    }

    private static IResult Asset(string name) => EmbeddedAssets.Serve("TechPact.Host.Web.Security.Assets", name);
}
