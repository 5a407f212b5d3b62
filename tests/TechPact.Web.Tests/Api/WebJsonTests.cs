using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechPact.Host.Web.Api;
using TechPact.Host.Web.Library;
using TechPact.Host.Web.Live;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Api;

/// <summary>The API's named payloads are serialized by the build-time generated contract, not by reflection:
/// the server's HTTP JSON options resolve each of them to <see cref="WebJsonContext"/>.</summary>
[Collection(ServerCollection.Name)]
public sealed class WebJsonTests(ServerFixture fixture)
{
    [Theory]
    [InlineData(typeof(SummitHeader))]
    [InlineData(typeof(RoundFrame))]
    [InlineData(typeof(SummitSummary))]
    [InlineData(typeof(IEnumerable<SummitSummary>))]
    [InlineData(typeof(IReadOnlyList<ScenarioLibrary.Entry>))]
    [InlineData(typeof(ApiErrors.Error))]
    [InlineData(typeof(EventStreams.KeepAliveData))]
    public void A_payload_is_written_by_the_generated_contract(Type type)
    {
        var options = fixture.Server.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Assert.Same(WebJsonContext.Default, options.GetTypeInfo(type).OriginatingResolver);
    }
}
