using System.Net;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Pages;

/// <summary>The embedded pages and scripts are served from memory with an ETag: a browser revalidates and
/// gets a bodiless 304 while its copy is current, and every answer keeps the security headers.</summary>
[Collection(ServerCollection.Name)]
public sealed class EmbeddedAssetTests(ServerFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html", "<html")]
    [InlineData("/assets/app.js", "text/javascript", "EventSource")]
    [InlineData("/assets/app.css", "text/css", "--accent")]
    [InlineData("/classroom/assets/seat.js", "text/javascript", "addEventListener")]
    [InlineData("/login", "text/html", "<html")]
    public async Task An_asset_has_an_etag_and_a_current_copy_gets_a_304_with_the_security_headers(string path, string type, string content)
    {
        using var first = await fixture.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(type, first.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await first.Content.ReadAsStringAsync());
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.True(first.Headers.CacheControl?.NoCache, "the browser is told to revalidate, so a new build is seen at once");

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        using var current = await fixture.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
        Assert.Empty(await current.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", current.Headers.GetValues("X-Content-Type-Options").Single());

        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"an-older-build\""));
        using var fresh = await fixture.Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await fresh.Content.ReadAsStringAsync());
    }
}
