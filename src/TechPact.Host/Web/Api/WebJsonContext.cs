using System.Text.Json;
using System.Text.Json.Serialization;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web.Api;

/// <summary>The API's named payloads, their JSON generated at build time (camelCase, as the pages read it):
/// the live page's stream and state, the scenario list, errors. First in the HTTP JSON options' resolver chain,
/// so Results.Json and the event streams use it; a view still written as an anonymous object (the seat and
/// classroom views) falls through to reflection. Transcripts are the scenario files' own contract (TranscriptJsonl).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiErrors.Error))]
[JsonSerializable(typeof(IReadOnlyList<ScenarioLibrary.Entry>))]
[JsonSerializable(typeof(SummitHeader))]
[JsonSerializable(typeof(RoundFrame))]
[JsonSerializable(typeof(SummitSummary))]
[JsonSerializable(typeof(IEnumerable<SummitSummary>))]
[JsonSerializable(typeof(EventStreams.KeepAliveData))]
public sealed partial class WebJsonContext : JsonSerializerContext
{
    public static void AddWebJson(IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, Default));
}
