using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Host.Web;

namespace TechPact.Web.Tests.Fixtures;

/// <summary>One real server (silo, dashboard, page, API) on a free loopback port, shared by the tests of the collection.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private NegotiationServer? _server;

    public NegotiationServer Server => _server ?? throw new InvalidOperationException("Server not started.");
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await NegotiationServer.StartAsync(new ServerOptions("http://127.0.0.1:0", Repo.Scenarios));
        BaseAddress = new Uri(_server.Urls.Single());
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<string> StartSummitAsync(object body)
    {
        using var response = await Http.PostAsJsonAsync("/api/summits", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("summitId").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
