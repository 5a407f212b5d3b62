using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Api;

/// <summary>"Take this seat" on the live page: a person plays a country of a running summit from the next
/// round, under a round deadline, authorised by the seat's token (a cookie, or a Bearer header).</summary>
[Collection(ServerCollection.Name)]
public sealed class LiveSeatTests(ServerFixture fixture)
{
    private HttpClient Client(string? token = null)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = fixture.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task A_person_takes_a_running_summits_seat_plays_a_round_and_hands_it_back()
    {
        var id = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 2025, paceMs = 1500 });
        var seat = $"/api/summits/{id}/seats/KR";
        using var anyone = Client();
        using var taken = await anyone.PostAsJsonAsync(seat, new { roundSeconds = 60 });
        var ticket = await Json(taken, HttpStatusCode.Created);
        var cookie = Assert.Single(taken.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"/play/{id}/KR", ticket.GetProperty("seat").GetString());
        var token = ticket.GetProperty("token").GetString()!;

        Assert.Equal(HttpStatusCode.Conflict, (await anyone.PostAsJsonAsync(seat, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anyone.GetAsync(seat)).StatusCode);
        using var stranger = Client("not-the-token");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync($"{seat}/submit", new { round = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync($"/play/{id}/KR")).StatusCode);

        // Wait for a round that is the person's: it stays open until they answer (the deadline is a minute).
        using var me = Client(token);
        JsonElement view;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        do
        {
            await Task.Delay(200);
            view = await Json(await me.GetAsync(seat), HttpStatusCode.OK);
        } while (view.GetProperty("openRound").GetInt32() == 0 && !view.GetProperty("over").GetBoolean() && DateTime.UtcNow < until);
        Assert.False(view.GetProperty("over").GetBoolean(), "the summit ended before the seat's first round");
        var round = view.GetProperty("openRound").GetInt32();
        Assert.NotNull(view.GetProperty("deadline").GetString());
        Assert.DoesNotContain("reservation", view.GetProperty("others").GetRawText());

        var bad = await Json(await me.PostAsJsonAsync($"{seat}/submit", new { round, issues = new[] { new { issue = "data-flows", commit = new[] { "open-skies" } } } }),
            HttpStatusCode.BadRequest);
        Assert.Contains("no option 'open-skies'", bad.GetProperty("error").GetString());
        var issues = view.GetProperty("brief").GetProperty("issues").EnumerateArray().Select(i => new
        {
            issue = i.GetProperty("id").GetString(),
            commit = i.GetProperty("mine").EnumerateArray().Select(o => o.GetString()).ToArray(),
        }).ToArray();
        var answered = await Json(await me.PostAsJsonAsync($"{seat}/submit", new { round, accept = false, issues }), HttpStatusCode.OK);
        Assert.True(answered.GetProperty("openRound").GetInt32() != round || answered.GetProperty("submitted").GetBoolean());

        await Json(await me.PostAsJsonAsync($"{seat}/leave", new { }), HttpStatusCode.OK);
        var messages = await SseReader.ReadAllAsync(fixture.Http, $"/api/summits/{id}/rounds", TimeSpan.FromSeconds(90));
        Assert.Equal("end", messages[^1].Event);
        var transcript = await anyone.GetStringAsync($"/api/summits/{id}/transcript");
        Assert.Contains($"\"type\":\"seat-taken\",\"round\":{round},\"country\":\"KR\",\"kind\":\"person\",\"by\":\"person\"", transcript);
        Assert.Contains("\"country\":\"KR\",\"kind\":\"strategy\",\"by\":\"conceder\",\"reason\":\"the person left the seat\"", transcript);
        Assert.DoesNotContain($"\"type\":\"seat-played-by-ai\",\"round\":{round},", transcript);
    }
}
