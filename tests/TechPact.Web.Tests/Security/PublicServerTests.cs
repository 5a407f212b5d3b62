using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using TechPact.Host.Web.Security;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Security;

/// <summary>A server bound to every interface with --public: reachable from "other machines"
/// (127.0.0.2, .3), open only where a student's own seat is, the instructor's login for the rest
/// (the dashboard included), and rate limits that hold under a flood of guesses.</summary>
[Collection(PublicServerCollection.Name)]
public sealed class PublicServerTests(PublicServerFixture fixture, Xunit.Abstractions.ITestOutputHelper log)
{
    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;

    [Fact]
    public async Task The_server_bound_to_every_interface_answers_at_an_address_the_instructor_did_not_use()
    {
        using var student = fixture.Client(to: "127.0.0.2", from: "127.0.0.2");
        using var join = await student.GetAsync("/join");
        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
        Assert.Contains("Join your table", await join.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard/")]
    [InlineData("/instructor/new")]
    [InlineData("/join/qr")]
    public async Task Pages_other_than_a_students_own_send_a_browser_to_the_login(string path)
    {
        using var http = fixture.Client(to: "127.0.0.2");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?next=", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("GET", "/api/summits")]
    [InlineData("GET", "/api/scenarios")]
    [InlineData("GET", "/dashboard/DashboardCounters")]
    [InlineData("GET", "/dashboard/ClusterStats")]
    [InlineData("POST", "/api/summits")]
    [InlineData("POST", "/api/summits/x/fork")]
    [InlineData("POST", "/api/classroom/sessions")]
    [InlineData("POST", "/api/classroom/sessions/abc/start")]
    [InlineData("GET", "/api/classroom/sessions/abc/console")]
    public async Task The_api_and_the_dashboard_need_the_login(string method, string path)
    {
        using var http = fixture.Client(to: "127.0.0.1");
        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? PublicServerFixture.Json("{\"scenario\": \"us-japan-korea\"}") : null,
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("instructor's login", await ErrorOf(response));
    }

    [Fact]
    public async Task A_students_own_endpoints_stay_open_and_their_tokens_decide()
    {
        using var student = fixture.Client(to: "127.0.0.2", from: "127.0.0.2");
        using var join = await student.PostAsync("/api/classroom/join", PublicServerFixture.Json("{\"code\": \"ZZZZ-2222\"}"));
        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode); // reached the grain: no such code
        using var seat = await student.GetAsync("/api/classroom/sessions/abc/tables/1/seats/US");
        Assert.NotEqual(HttpStatusCode.Unauthorized, seat.StatusCode);
        using var health = await student.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>A student's bot connects like the student: no login, only the seat's join code decides.</summary>
    [Fact]
    public async Task A_network_agent_reaches_the_agent_endpoint_without_the_login()
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        using var invoker = new HttpMessageInvoker(PublicServerFixture.Handler(from: "127.0.0.2"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri($"ws://127.0.0.2:{fixture.Port}/api/agents"), invoker, timeout.Token);
        await socket.SendAsync("{\"type\": \"join\", \"code\": \"ZZZZ-2222\"}"u8.ToArray(), System.Net.WebSockets.WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        var reply = System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count);
        Assert.Contains("join code is not (or no longer) valid", reply); // reached the code directory: no such code
    }

    [Fact]
    public async Task After_the_login_the_instructor_runs_everything_and_the_dashboard_opens()
    {
        using var instructor = await fixture.InstructorAsync(to: "127.0.0.2");
        using var dashboard = await instructor.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        using var started = await instructor.PostAsync("/api/summits", PublicServerFixture.Json("{\"scenario\": \"us-japan-korea\", \"seed\": 4}"));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        using var qr = await instructor.GetAsync("/join/qr");
        Assert.Contains("<svg", await qr.Content.ReadAsStringAsync());
        using var grainState = await instructor.GetAsync("/dashboard/GrainState?grainId=x&grainType=TechPact.Grains.Summits.SummitGrain");
        Assert.Equal(HttpStatusCode.NotFound, grainState.StatusCode); // off for everyone
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_logging_out_ends_the_login()
    {
        using var http = fixture.Client(to: "127.0.0.1", from: "127.0.0.4", cookies: new CookieContainer());
        using var wrong = await http.PostAsync("/api/login", PublicServerFixture.Json("{\"password\": \"guess\"}"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/summits")).StatusCode);
        using var right = await http.PostAsync("/api/login", PublicServerFixture.Json($"{{\"password\": \"{PublicServerFixture.Password}\"}}"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/summits")).StatusCode);
        await http.PostAsync("/api/logout", PublicServerFixture.Json("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/summits")).StatusCode);
    }

    /// <summary>Bounded: at most <see cref="Attempts"/> requests and <see cref="TimeCap"/>. Before, 3,000
    /// misses in 2 s all reached grains and left 3,000 activations (+80 MB) behind.</summary>
    private const int Attempts = 400;
    private static readonly TimeSpan TimeCap = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Join_guessing_from_one_address_is_held_to_its_budget_and_leaves_no_activations_behind()
    {
        var management = fixture.Server.Grains.GetGrain<IManagementGrain>(0);
        var before = await JoinCodeActivationsAsync(management);
        using var guesser = fixture.Client(to: "127.0.0.1", from: "127.0.0.5");
        var statuses = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Attempts && clock.Elapsed < TimeCap; i++)
        {
            using var response = await guesser.PostAsync("/api/classroom/join", PublicServerFixture.Json($"{{\"code\": \"G{i:D5}\"}}"));
            statuses.Add(response.StatusCode);
        }
        var elapsed = clock.Elapsed;

        var admitted = statuses.Count(s => s != HttpStatusCode.TooManyRequests);
        // One fixed window holds 60; a run that straddles a window's end may see two.
        Assert.InRange(admitted, 1, 2 * RateLimits.JoinsPerMinute);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= statuses.Count - 2 * RateLimits.JoinsPerMinute);
        var after = await JoinCodeActivationsAsync(management);
        Assert.True(after - before <= admitted, $"{after - before} join-code activations for {admitted} admitted guesses");

        // Another address has its own budget: a student is not locked out by a guesser.
        using var student = fixture.Client(to: "127.0.0.1", from: "127.0.0.6");
        using var theirs = await student.PostAsync("/api/classroom/join", PublicServerFixture.Json("{\"code\": \"ZZZZ-2222\"}"));
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        log.WriteLine($"join flood: {statuses.Count} requests in {elapsed.TotalSeconds:0.0} s, {admitted} admitted, " +
                          $"{statuses.Count - admitted} refused (429), join-code activations +{after - before}");
    }

    [Fact]
    public async Task Password_guessing_is_held_to_ten_a_minute_per_address()
    {
        using var guesser = fixture.Client(to: "127.0.0.1", from: "127.0.0.7");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await guesser.PostAsync("/api/login", PublicServerFixture.Json($"{{\"password\": \"guess-{i}\"}}"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.NotNull(response.Headers.RetryAfter);
        }
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.Unauthorized), 1, 2 * RateLimits.LoginsPerMinute);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 40 - 2 * RateLimits.LoginsPerMinute);
    }

    private static async Task<int> JoinCodeActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains("JoinCode", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
}
