using System.Net;
using System.Net.Http.Json;
using System.Text;
using TechPact.Classroom.Tests.Fixtures;

namespace TechPact.Classroom.Tests.Web;

/// <summary>Every malformed body the classroom API can be sent is a JSON 400 that names the field and says
/// what it must be. Before, a class without "strategy" or with "countries": [null] was an empty 500.</summary>
[Collection(ClassroomServerCollection.Name)]
public sealed class RequestBodyTests(ClassroomServer server)
{
    private const string Countries = """[{"country": "US", "human": true, "strategy": "boulware"}, {"country": "JP", "human": false, "strategy": "linear"}, {"country": "KR", "human": false, "strategy": "conceder"}]""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task AssertNamed(HttpClient http, string path, string body, string expected)
    {
        using var response = await http.PostAsync(path, Json(body));
        var error = (await ClassroomServer.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("error").GetString()!;
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 60, "countries": [{"country": "US", "human": true}]}""", "'countries[0].strategy' is required")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 60, "countries": [null]}""", "'countries[0]' must be")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 60, "countries": [{"country": null, "human": true, "strategy": "boulware"}]}""", "'countries[0].country' is required")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 60, "countries": [{"country": "US", "human": "yes", "strategy": "boulware"}]}""", "'countries[0].human' must be")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 60, "countries": "US"}""", "'countries' must be a list")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 60}""", "'countries' is required")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": "two", "deadlineSeconds": 60, "countries": []}""", "'tables' must be")]
    [InlineData("""{"scenario": "us-japan-korea", "tables": 1, "deadlineSeconds": 5, "countries": []}""", "'deadlineSeconds' must be")]
    [InlineData("""{"scenario": 7, "tables": 1, "deadlineSeconds": 60, "countries": []}""", "'scenario' must be")]
    [InlineData("""{"tables": 1, "deadlineSeconds": 60, "countries": []}""", "'scenario' is required")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    [InlineData("""{"scenario": """, "not JSON")]
    public async Task A_malformed_class_is_a_400_naming_the_field(string body, string expected)
    {
        using var http = server.Client();
        await AssertNamed(http, "/api/classroom/sessions", body, expected);
    }

    [Fact]
    public async Task Malformed_joins_actions_and_submissions_are_400s_naming_the_field()
    {
        using var anon = server.Client();
        await AssertNamed(anon, "/api/classroom/join", """{"code": 5}""", "'code' must be");
        await AssertNamed(anon, "/api/classroom/join", """{}""", "'code' is required");
        await AssertNamed(anon, "/api/classroom/join", """{"code": "ABC123"}""", "8 letters and digits");

        var (session, instructor) = await server.CreateAsync(1, "US");
        using var teacher = server.Client(instructor);
        var actions = $"/api/classroom/sessions/{session}";
        await AssertNamed(teacher, $"{actions}/reassign", """{"table": 1}""", "'country' is required");
        await AssertNamed(teacher, $"{actions}/reassign", """{"table": 1, "country": "US", "to": "robot"}""", "'to' must be \"student\" or \"ai\"");
        await AssertNamed(teacher, $"{actions}/reassign", """{"table": "one", "country": "US", "to": "ai"}""", "'table' must be");
        await AssertNamed(teacher, $"{actions}/extend", """{"seconds": "lots"}""", "'seconds' must be");
        await AssertNamed(teacher, $"{actions}/inject", """{}""", "Name a scenario event");
        await AssertNamed(teacher, $"{actions}/inject", """{"event": ["a"]}""", "'event' must be");
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.PostAsync($"{actions}/dance", Json("{}"))).StatusCode);

        await ClassroomServer.JsonAsync(await teacher.PostAsync($"{actions}/start", Json("{}")), HttpStatusCode.OK);
        var console = await ClassroomServer.JsonAsync(await teacher.GetAsync($"{actions}/console"), HttpStatusCode.OK);
        var code = console.GetProperty("tables")[0].GetProperty("countries")[0].GetProperty("joinCode").GetString();
        var token = (await ClassroomServer.JsonAsync(await anon.PostAsJsonAsync("/api/classroom/join", new { code }), HttpStatusCode.OK)).GetProperty("token").GetString();
        using var student = server.Client(token);
        var submit = $"{actions}/tables/1/seats/US/submit";
        await AssertNamed(student, submit, """{"issues": []}""", "'round' is required");
        await AssertNamed(student, submit, """{"round": 1, "issues": [null]}""", "'issues[0]' must be");
        await AssertNamed(student, submit, """{"round": 1, "issues": [{"issue": "data-flows", "commit": "free-flow"}]}""", "'issues[0].commit' must be");
        await AssertNamed(student, submit, """{"round": 1, "issues": [{"commit": ["free-flow"]}]}""", "'issues[0].issue' is required");
        await AssertNamed(student, submit, """{"round": 1, "accept": "no"}""", "'accept' must be");
    }
}
