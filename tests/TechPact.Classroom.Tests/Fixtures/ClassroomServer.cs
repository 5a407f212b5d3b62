using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Host.Web;

namespace TechPact.Classroom.Tests.Fixtures;

/// <summary>The real `techpact serve` host on a free loopback port.</summary>
public sealed class ClassroomServer : IAsyncLifetime
{
    private NegotiationServer? _server;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await NegotiationServer.StartAsync(new ServerOptions("http://127.0.0.1:0", Repo.Scenarios));
        BaseAddress = new Uri(_server.Urls.Single());
    }

    /// <summary>A client without cookies: tokens go in the Authorization header, so one test can play several parties.</summary>
    public HttpClient Client(string? token = null)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A 1-table session of the seed scenario with the given human countries; returns its id and instructor token.</summary>
    public async Task<(string Session, string Instructor)> CreateAsync(int tables, params string[] humans)
    {
        using var http = Client();
        var countries = new[] { ("US", "boulware"), ("JP", "linear"), ("KR", "conceder") }
            .Select(c => new { country = c.Item1, human = humans.Contains(c.Item1), strategy = c.Item2 });
        var created = await JsonAsync(await http.PostAsJsonAsync("/api/classroom/sessions",
            new { scenario = "us-japan-korea", tables, deadlineSeconds = 600, countries }), HttpStatusCode.Created);
        return (created.GetProperty("sessionId").GetString()!, created.GetProperty("instructorToken").GetString()!);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClassroomServerCollection : ICollectionFixture<ClassroomServer>
{
    public const string Name = "classroom-server";
}
