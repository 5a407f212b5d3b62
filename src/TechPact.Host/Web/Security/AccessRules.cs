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

/// <summary>What a route naming a summit ({id}) asks when that summit is a classroom table (see
/// <see cref="Classroom.ClassTables"/>): the tables carry every country's confidential figures.</summary>
public enum TableRule
{
    /// <summary>The route does not name a summit, or shows nothing of one.</summary>
    None,

    /// <summary>Only the table's session instructor (its instructor token) sees it: the summit's state, rounds, transcript, forks.</summary>
    SessionInstructor,

    /// <summary>A classroom table's seats are its instructor's to hand out: the live page's "take this seat" refuses them.</summary>
    NotForTables,
}

/// <summary>The one table of who may reach which endpoint, kept by route pattern so that the
/// endpoint files stay free of security plumbing and a new endpoint is the instructor's until
/// it is listed here. Also which endpoints are rate-limited, since guessing happens there, and
/// which name a summit that may be a classroom table.</summary>
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

    private const string LiveSeat = "/api/summits/{id}/seats/{country}";

    private static readonly HashSet<string> WatchPatterns = new(StringComparer.Ordinal)
    {
        "/api/summits/{id}", "/api/summits/{id}/rounds", "/api/summits/{id}/transcript", "/api/summits/{id}/fork", "/summits/{id}",
    };

    private static readonly HashSet<string> LiveSeatPatterns = new(StringComparer.Ordinal)
    {
        LiveSeat, LiveSeat + "/stream", LiveSeat + "/submit", LiveSeat + "/leave", "/play/{id}/{country}",
    };

    /// <summary>The route value that names the summit in <see cref="TableRuleOf"/>'s patterns.</summary>
    public const string SummitRouteValue = "id";

    /// <summary>What the endpoint asks of a classroom table. (The summit list and its feed filter themselves.)</summary>
    public static TableRule TableRuleOf(Endpoint? endpoint) => PatternOf(endpoint) switch
    {
        { } p when WatchPatterns.Contains(p) => TableRule.SessionInstructor,
        { } p when LiveSeatPatterns.Contains(p) => TableRule.NotForTables,
        _ => TableRule.None,
    };

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
