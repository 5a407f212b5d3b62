using TechPact.Negotiation.Events;
using TechPact.Negotiation.Analysis;
using System.Net;
using System.Text;
using System.Text.Json;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class SummitApiTests(ServerFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task Lists_the_scenarios_in_the_folder()
    {
        var list = JsonDocument.Parse(await Http.GetStringAsync("/api/scenarios")).RootElement;
        var seed = list.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "us-japan-korea");
        Assert.Equal(3, seed.GetProperty("countries").GetInt32());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2025)]
    public async Task A_summit_streamed_to_its_end_matches_the_pure_engine_for_the_same_seed(long seed)
    {
        var id = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed, paceMs = 20 });
        var messages = await SseReader.ReadAllAsync(Http, $"/api/summits/{id}/rounds", TimeSpan.FromSeconds(60));

        var scenario = Repo.LoadSeedScenario();
        var expected = SummitRunner.Run(scenario, scenario.RulesWith(seed));

        Assert.Equal("summit", messages[0].Event);
        Assert.Equal("end", messages[^1].Event);
        var rounds = messages.Where(m => m.Event == "round").Select(m => m.Data).ToList();
        Assert.Equal(Enumerable.Range(1, expected.Round), rounds.Select(r => r.GetProperty("round").GetInt32()));
        Assert.All(rounds[..^1], r => Assert.Equal("running", r.GetProperty("status").GetString()));

        var last = rounds[^1];
        Assert.Equal(RunOutcome.StatusName(expected.Status), last.GetProperty("status").GetString());
        var pact = last.GetProperty("pact");
        var utilities = pact.GetProperty("utilities");
        for (var c = 0; c < scenario.Countries.Length; c++)
            Assert.Equal(Utility.Of(expected.Scenario.Countries[c], expected.Agreement), utilities.GetProperty(scenario.Countries[c].Id).GetDouble(), 12);

        var end = messages[^1].Data;
        Assert.Equal(expected.Round, end.GetProperty("round").GetInt32());
        var agreement = end.GetProperty("agreement");
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var option = expected.Agreement[i];
            var got = agreement.GetProperty(scenario.Issues[i].Id);
            Assert.Equal(option < 0 ? null : scenario.Issues[i].Options[option].Id, got.ValueKind == JsonValueKind.Null ? null : got.GetString());
        }

        // The same answer from GET, and the summit is in the list.
        var state = JsonDocument.Parse(await Http.GetStringAsync($"/api/summits/{id}")).RootElement;
        foreach (var field in new[] { "summitId", "round", "status", "agreement", "utilities" })
            Assert.Equal(end.GetProperty(field).GetRawText(), state.GetProperty(field).GetRawText());
        var all = JsonDocument.Parse(await Http.GetStringAsync("/api/summits")).RootElement;
        Assert.Contains(all.EnumerateArray(), s => s.GetProperty("summitId").GetString() == id);
    }

    [Fact]
    public async Task The_distance_to_Nash_is_measured_every_round_and_the_last_draft_is_the_pact()
    {
        var id = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 11 });
        var messages = await SseReader.ReadAllAsync(Http, $"/api/summits/{id}/rounds", TimeSpan.FromSeconds(60));
        // The Nash point is the table's as it stands that round: the gallium inject moves it in round 3.
        var scenario = Repo.LoadSeedScenario();
        var run = SummitRunner.Run(scenario, scenario.RulesWith(11));
        foreach (var round in messages.Where(m => m.Event == "round").Select(m => m.Data))
        {
            var table = EventEffects.ScenarioAfter(scenario, run.Transcript.Where(e => e.Round <= round.GetProperty("round").GetInt32()));
            var nash = OutcomeAnalyzer.Analyze(table).Nash!.Utilities;
            var u = round.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("utility").GetDouble()).ToArray();
            var distance = Math.Sqrt(u.Zip(nash, (a, b) => (a - b) * (a - b)).Sum());
            Assert.Equal(distance, round.GetProperty("nashDistance").GetDouble(), 9);
            Assert.Equal(3, round.GetProperty("countries").GetArrayLength());
            Assert.Equal(8, round.GetProperty("draft").GetArrayLength());
        }
    }

    [Theory]
    [InlineData("{\"scenario\":\"us-japan-korea\",\"seed\":\"seven\"}", "seed")]
    [InlineData("{\"scenario\":\"us-japan-korea\",\"seed\":1.5}", "seed")]
    [InlineData("{\"scenario\":\"us-japan-korea\",\"paceMs\":-1}", "paceMs")]
    [InlineData("{\"seed\":1}", "scenario")]
    [InlineData("not json", "JSON")]
    [InlineData("[1,2]", "object")]
    [InlineData("{\"scenario\":\"us-japan-korea\",\"paceMs\":\"fast\"}", "'paceMs' must be")]
    [InlineData("{\"scenario\":\"\"}", "'scenario' is required")]
    public async Task A_bad_body_is_400_with_a_message(string body, string mentions)
    {
        using var response = await Http.PostAsync("/api/summits", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentions, ErrorOf(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("POST", "/api/summits", "{\"scenario\":\"atlantis\"}", "atlantis")]
    [InlineData("GET", "/api/summits/no-such-summit", null, "no-such-summit")]
    [InlineData("GET", "/api/summits/no-such-summit/rounds", null, "no-such-summit")]
    [InlineData("GET", "/api/nothing-here", null, "nothing-here")]
    public async Task Unknown_things_are_404_with_a_message(string method, string path, string? body, string mentions)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(mentions, ErrorOf(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_live_page_and_its_assets_are_served_from_the_host()
    {
        var page = await Http.GetStringAsync("/");
        Assert.Contains("/assets/app.js", page);
        Assert.DoesNotContain("https://", page);
        Assert.Contains("EventSource", await Http.GetStringAsync("/assets/app.js"));
        Assert.Contains(".summit-card", await Http.GetStringAsync("/assets/app.css"));
        Assert.Equal(page, await Http.GetStringAsync("/summits/anything"));
    }

    private static string ErrorOf(string json) => JsonDocument.Parse(json).RootElement.GetProperty("error").GetString()!;
}
