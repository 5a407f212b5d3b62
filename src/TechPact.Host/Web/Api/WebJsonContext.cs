using System.Text.Json;
using System.Text.Json.Serialization;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web.Api;

/// <summary>Every payload the web API writes, its JSON generated at build time (camelCase, as the pages read it):
/// the live page's stream and state, the scenario list, errors and acknowledgements, /healthz, the instructor login, the
/// classroom console and its answers, the seat page. First in the HTTP JSON options' resolver chain, so
/// Results.Json and the event streams use it; each view is a named record (ClassroomPayloads, SeatPayloads),
/// and a test pins every one of them to this context, so none falls through to reflection.
/// Transcripts are the scenario files' own contract (TranscriptJsonl).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiErrors.Error))]
[JsonSerializable(typeof(IReadOnlyList<ScenarioLibrary.Entry>))]
[JsonSerializable(typeof(SummitHeader))]
[JsonSerializable(typeof(RoundFrame))]
[JsonSerializable(typeof(SummitSummary))]
[JsonSerializable(typeof(IEnumerable<SummitSummary>))]
[JsonSerializable(typeof(EventStreams.KeepAliveData))]
[JsonSerializable(typeof(Acknowledged))]
[JsonSerializable(typeof(LoginAnswer))]
[JsonSerializable(typeof(ScenarioSetup))]
[JsonSerializable(typeof(SessionCreated))]
[JsonSerializable(typeof(SeatJoined))]
[JsonSerializable(typeof(InjectDone))]
[JsonSerializable(typeof(SeatInfo))]
[JsonSerializable(typeof(ConsoleView))]
[JsonSerializable(typeof(SeatPage))]
[JsonSerializable(typeof(LiveSeatTaken))]
[JsonSerializable(typeof(Health.HealthReport))]
public sealed partial class WebJsonContext : JsonSerializerContext
{
    public static void AddWebJson(IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, Default));
}
