using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace TechPact.Host.Web.Security;

/// <summary>What a request may reach once routing has matched it.</summary>
public enum Access
{
    /// <summary>Anyone: the join page, a network agent presenting a seat's join code, a student's own seat (its seat token is checked by the
    /// grain), the debrief (its tokens likewise), the login itself, /healthz.</summary>
    Open,

    /// <summary>Only the instructor, when the server is public: everything else, by default.</summary>
    Instructor,

    /// <summary>Nobody: the dashboard's grain-state view calls any grain's Get* methods by reflection
    /// (it returned a whole summit log, every country's confidential brief included).</summary>
    Disabled,
}

/// <summary>The one table of who may reach which endpoint, kept by route pattern so that the
/// endpoint files stay free of security plumbing and a new endpoint is the instructor's until
/// it is listed here. Also which endpoints are rate-limited, since guessing happens there.</summary>
public static class AccessRules
{
    private const string Seat = "/api/classroom/sessions/{session}/tables/{table:int}/seats/{country}";

    private static readonly HashSet<string> OpenPatterns = new(StringComparer.Ordinal)
    {
        "/join", "/api/classroom/join", "/classroom/assets/{name}",
        // A student's bot plays the seat whose join code it presents (docs/agents.md).
        Agents.AgentEndpoint.Path,
        "/seat/{session}/{table:int}/{country}", Seat, Seat + "/stream", Seat + "/submit",
        "/debrief/{session}",
        "/healthz", "/login", InstructorLogin.LoginPath, InstructorLogin.LogoutPath, "/security/assets/{name}",
    };

    private static readonly HashSet<string> DisabledPatterns = new(StringComparer.Ordinal) { "/dashboard/GrainState" };

    /// <summary>The route pattern the request matched, or null when it matched none (a 404).</summary>
    public static string? PatternOf(Endpoint? endpoint) => (endpoint as RouteEndpoint)?.RoutePattern.RawText is { } raw
        ? "/" + raw.Trim('/')
        : null;

    public static Access Of(Endpoint? endpoint) => PatternOf(endpoint) switch
    {
        { } p when DisabledPatterns.Contains(p) => Access.Disabled,
        { } p when OpenPatterns.Contains(p) => Access.Open,
        _ => Access.Instructor,
    };

    /// <summary>The rate limit a request counts against, if any: joining guesses codes, logging in guesses passwords.</summary>
    public static string? RateLimitOf(Endpoint? endpoint) => PatternOf(endpoint) switch
    {
        "/api/classroom/join" or Agents.AgentEndpoint.Path => RateLimits.Join,
        InstructorLogin.LoginPath => RateLimits.Login,
        _ => null,
    };
}
