using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Api;

/// <summary>A what-if fork made through the server plays in the cluster and is listed beside its
/// parent, sharing the parent's rounds up to the fork byte for byte.</summary>
[Collection(ServerCollection.Name)]
public sealed class ForkApiTests(ServerFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task A_fork_shares_the_parents_first_rounds_and_shows_beside_it()
    {
        var parent = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 2025, paceMs = 0 });
        await SseReader.ReadAllAsync(Http, $"/api/summits/{parent}/rounds", TimeSpan.FromSeconds(60));

        using var response = await Http.PostAsJsonAsync($"/api/summits/{parent}/fork", new { atRound = 2, seed = 99 });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var fork = JsonDocument.Parse(text).RootElement.GetProperty("summitId").GetString()!;
        var messages = await SseReader.ReadAllAsync(Http, $"/api/summits/{fork}/rounds", TimeSpan.FromSeconds(60));
        Assert.Equal("end", messages[^1].Event);

        var parentLines = (await Http.GetStringAsync($"/api/summits/{parent}/transcript")).Split('\n');
        var forkLines = (await Http.GetStringAsync($"/api/summits/{fork}/transcript")).Split('\n');
        static bool ThroughRound2(string line) => line.Contains("\"country-answered\"") &&
            JsonDocument.Parse(line).RootElement.GetProperty("round").GetInt32() <= 2;
        Assert.Equal(parentLines.Where(ThroughRound2), forkLines.Where(ThroughRound2));
        Assert.Contains(forkLines, l => l.Contains("\"summit-forked\""));

        var listed = JsonDocument.Parse(await Http.GetStringAsync("/api/summits")).RootElement.EnumerateArray()
            .Select(s => s.GetProperty("summitId").GetString()).ToList();
        Assert.Contains(parent, listed);
        Assert.Contains(fork, listed);
    }

    [Fact]
    public async Task Forking_an_unknown_summit_or_a_round_it_never_reached_is_refused()
    {
        using var unknown = await Http.PostAsJsonAsync("/api/summits/nope/fork", new { atRound = 1 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var parent = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 7, paceMs = 0 });
        await SseReader.ReadAllAsync(Http, $"/api/summits/{parent}/rounds", TimeSpan.FromSeconds(60));
        using var late = await Http.PostAsJsonAsync($"/api/summits/{parent}/fork", new { atRound = 99 });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("atRound must be from 0", await late.Content.ReadAsStringAsync());
    }

    /// <summary>The fork's body goes through the same bounded reader as every other: before, a bad paceMs was
    /// quietly 0 and a deep or non-object body got the framework's message.</summary>
    [Theory]
    [InlineData("{\"seed\": 1}", "'atRound' is required")]
    [InlineData("{\"atRound\": \"one\"}", "'atRound' must be")]
    [InlineData("{\"atRound\": 0, \"seed\": 1.5}", "'seed' must be")]
    [InlineData("{\"atRound\": 0, \"paceMs\": -5}", "'paceMs' must be")]
    [InlineData("[0]", "must be a JSON object")]
    [InlineData("{\"atRound\": ", "not JSON")]
    public async Task A_bad_fork_body_is_a_400_naming_the_field(string body, string expected)
    {
        var parent = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 3, paceMs = 0 });
        using var response = await Http.PostAsync($"/api/summits/{parent}/fork", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }
}
