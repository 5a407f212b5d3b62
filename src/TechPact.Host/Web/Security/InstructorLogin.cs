using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
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

    private static readonly Assembly Assembly = typeof(InstructorLogin).Assembly;

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
        app.MapGet("/login", () => Asset("login.html", "text/html; charset=utf-8"));
        app.MapGet("/security/assets/{name}", (string name) => name switch
        {
            "login.js" => Asset(name, "text/javascript; charset=utf-8"),
            _ => ApiErrors.NotFound($"No asset '{name}'."),
        });
        app.MapPost(LoginPath, LogIn);
        app.MapPost(LogoutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Json(new { ok = true });
        });
    }

    private static async Task<IResult> LogIn(HttpContext http, ServerAccess access)
    {
        if (!access.LoginRequired) return Results.Json(new { ok = true, required = false });
        string? password = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("password", out var p) &&
                p.ValueKind == JsonValueKind.String)
                password = p.GetString();
        }
        catch (JsonException) { }
        if (password is null) return ApiErrors.BadRequest("The body must be JSON: {\"password\": \"…\"}.");
        if (!access.IsPassword(password))
            return Results.Json(new ApiErrors.Error("That is not the instructor's password (it was printed where the server was started)."),
                statusCode: StatusCodes.Status401Unauthorized);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, "instructor")], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Json(new { ok = true, required = true });
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

    private static IResult Asset(string name, string contentType)
    {
        using var stream = Assembly.GetManifestResourceStream($"TechPact.Host.Web.Security.Assets.{name}")
                           ?? throw new InvalidOperationException($"Security asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }
}
