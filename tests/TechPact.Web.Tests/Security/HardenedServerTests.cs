using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechPact.Host.Web.Security;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Security;

/// <summary>The loopback server (the default) against hostile requests: other Host names (DNS
/// rebinding), cross-site and non-JSON writes (CSRF), oversized bodies, odd ids in paths, and
/// failures that used to be empty 500s. Each answer is JSON.</summary>
[Collection(ServerCollection.Name)]
public sealed class HardenedServerTests(ServerFixture fixture)
{
    private HttpClient Http => fixture.Http;

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.example:5000")]
    [InlineData("192.0.2.99")]
    public async Task A_host_header_that_does_not_name_this_server_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/summits");
        request.Headers.Host = host;
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not answer to the name", await ErrorOf(response));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task This_machines_own_names_are_served(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        request.Headers.Host = $"{host}:{fixture.BaseAddress.Port}";
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_text_plain_post_is_refused_and_starts_nothing()
    {
        var before = await SummitCountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/summits")
        {
            Content = new StringContent("{\"scenario\": \"us-japan-korea\"}", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("cross-site request may not change anything", await ErrorOf(response));
        Assert.Equal(before, await SummitCountAsync());
    }

    private async Task<int> SummitCountAsync() => JsonDocument.Parse(await Http.GetStringAsync("/api/summits")).RootElement.GetArrayLength();

    [Fact]
    public async Task A_write_from_another_origin_is_refused_even_as_JSON()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/summits") { Content = PublicServerFixture.Json("{\"scenario\": \"us-japan-korea\"}") };
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("http://evil.example", await ErrorOf(response));
    }

    [Fact]
    public async Task A_non_JSON_write_is_refused_whoever_sends_it()
    {
        using var response = await Http.PostAsync("/api/summits", new StringContent("scenario=us-japan-korea", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("as JSON", await ErrorOf(response));
    }

    [Fact]
    public async Task A_same_origin_JSON_write_from_the_page_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/summits") { Content = PublicServerFixture.Json("{\"scenario\": \"us-japan-korea\", \"seed\": 3}") };
        request.Headers.Add("Origin", fixture.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_JSON_413()
    {
        var huge = "{\"scenario\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";
        using var response = await Http.PostAsync("/api/summits", PublicServerFixture.Json(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotEmpty(await ErrorOf(response));
    }

    [Fact]
    public async Task JSON_nested_past_the_depth_limit_is_a_JSON_400()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        using var response = await Http.PostAsync("/api/summits", PublicServerFixture.Json(deep));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ErrorOf(response));
    }

    [Theory]
    [InlineData("GET", "/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/join", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/healthz", HttpStatusCode.MethodNotAllowed)]
    public async Task Bare_framework_statuses_come_with_a_JSON_body(string method, string path, HttpStatusCode expected)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(expected, response.StatusCode);
        Assert.NotEmpty(await ErrorOf(response));
    }

    /// <summary>Before: an empty 500 ("Invalid cookie name") or a 500 with no body.</summary>
    [Theory]
    [InlineData("/api/summits/a%20b")]
    [InlineData("/api/summits/x%27%29%3Balert(1)")]
    [InlineData("/api/classroom/sessions/s%3Bx/tables/1/seats/US")]
    [InlineData("/seat/abc/1/A%E2%80%8B")]
    public async Task A_path_id_outside_the_id_alphabet_is_a_JSON_400(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not an id here", await ErrorOf(response));
    }

    /// <summary>A classroom created with a null country threw inside the handler: an empty 500 before.</summary>
    [Fact]
    public async Task A_request_that_throws_inside_a_handler_gets_a_JSON_error_not_an_empty_500()
    {
        using var response = await Http.PostAsync("/api/classroom/sessions",
            PublicServerFixture.Json("{\"scenario\": \"us-japan-korea\", \"tables\": 1, \"deadlineSeconds\": 60, \"countries\": [null]}"));
        Assert.True((int)response.StatusCode >= 400);
        Assert.NotEmpty(await ErrorOf(response));
    }

    /// <summary>The probe's crash: anyone could create a session (and so hold an instructor token)
    /// and inject ~100 KB of 50,000-deep YAML, which overflowed the stack and killed the server.</summary>
    [Theory]
    [InlineData(50_000, "longer than 64 KiB")]
    [InlineData(12_000, "nesting deeper than 64 levels")]
    public async Task A_deeply_nested_inject_is_a_JSON_400_and_the_server_stays_up(int depth, string expected)
    {
        using var created = await Http.PostAsync("/api/classroom/sessions", PublicServerFixture.Json("""
            {"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 600, "countries": [
              {"country": "US", "human": true, "strategy": "boulware"}, {"country": "JP", "human": false, "strategy": "linear"},
              {"country": "KR", "human": false, "strategy": "conceder"}]}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var yaml = depth > 20_000 ? new string('[', depth) + new string(']', depth) : "{round: 2, id: deep, effects: [" + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "]}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/classroom/sessions/{session.GetProperty("sessionId").GetString()}/inject")
        {
            Content = PublicServerFixture.Json(JsonSerializer.Serialize(new { yaml })),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("instructorToken").GetString());

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await ErrorOf(response));
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Pages_may_not_be_framed_or_sniffed()
    {
        using var response = await Http.GetAsync("/");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_dashboards_grain_state_view_is_turned_off()
    {
        using var response = await Http.GetAsync("/dashboard/GrainState?grainId=x&grainType=TechPact.Grains.Summits.SummitGrain");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("turned off", await ErrorOf(response));
    }

    /// <summary>The access table is kept by route pattern; this pins which endpoints are open to
    /// anyone, so a new or renamed endpoint is decided on, not left open or shut by accident.</summary>
    [Fact]
    public void Every_endpoint_is_either_listed_open_or_the_instructors()
    {
        var endpoints = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var open = endpoints.Where(e => AccessRules.Of(e) == Access.Open).Select(AccessRules.PatternOf).Distinct().Order(StringComparer.Ordinal).ToList();
        var disabled = endpoints.Where(e => AccessRules.Of(e) == Access.Disabled).Select(AccessRules.PatternOf).ToList();

        Assert.Equal(new[]
        {
            "/api/agents", "/api/classroom/join", "/api/classroom/sessions/{session}/tables/{table:int}/seats/{country}",
            "/api/classroom/sessions/{session}/tables/{table:int}/seats/{country}/stream",
            "/api/classroom/sessions/{session}/tables/{table:int}/seats/{country}/submit",
            "/api/login", "/api/logout", "/classroom/assets/{name}", "/debrief/{session}", "/healthz", "/join", "/login",
            "/seat/{session}/{table:int}/{country}", "/security/assets/{name}",
        }, open);
        Assert.Equal(["/dashboard/GrainState"], disabled);
        Assert.Contains(endpoints, e => AccessRules.PatternOf(e) == "/dashboard/DashboardCounters" && AccessRules.Of(e) == Access.Instructor);
    }
}
