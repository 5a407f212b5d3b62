using System.Text.Json.Serialization;
using TechPact.Negotiation.Linkage;

namespace TechPact.Scenarios.Reports.Json;

/// <summary>A line of transcript.jsonl: <c>type</c> first, then <c>round</c>, then the event's own fields,
/// everything named by id (issues, options, countries) rather than by index. Each engine event has its
/// line (<see cref="TranscriptLines"/>); each line its <c>type</c> here. The writer and
/// TranscriptReader both go through these records, so a field is named in one place.</summary>
/// <remarks>A field that may be absent has a default (null); every other one is required when read.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SummitOpenedLine), "summit-opened")]
[JsonDerivedType(typeof(SummitForkedLine), "summit-forked")]
[JsonDerivedType(typeof(CountryAnsweredLine), "country-answered")]
[JsonDerivedType(typeof(DraftRevisedLine), "draft-revised")]
[JsonDerivedType(typeof(SummitConcludedLine), "summit-concluded")]
[JsonDerivedType(typeof(EventFiredLine), "event-fired")]
[JsonDerivedType(typeof(TradeAgreedLine), "trade-agreed")]
[JsonDerivedType(typeof(TrackAgreedLine), "track-agreed")]
[JsonDerivedType(typeof(ClubFormedLine), "club-formed")]
[JsonDerivedType(typeof(ClubJoinedLine), "club-joined")]
[JsonDerivedType(typeof(OfferTabledLine), "offer-tabled")]
[JsonDerivedType(typeof(SeatTakenLine), "seat-taken")]
[JsonDerivedType(typeof(SeatPlayedByAiLine), "seat-played-by-ai")]
internal abstract record TranscriptLine([property: JsonPropertyOrder(-1)] int Round);

/// <param name="ScenarioYaml">The scenario itself, so the transcript alone rebuilds the run (TranscriptReader).</param>
internal sealed record SummitOpenedLine(int Round, string Scenario, long Seed, int MaxRounds, string Protocol, double Noise,
    [property: JsonPropertyOrder(2)] OrderedDictionary<string, string?> Draft,
    [property: JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScenarioYaml = null)
    : TranscriptLine(Round)
{
    /// <summary>Turn-taking protocols: who the seed let speak first (the order then moves on one seat a round).</summary>
    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FirstMover { get; init; }
}

/// <param name="Events">In the scenario file's event syntax, which TranscriptReader reads back with the
/// reader of <c>techpact fork --inject</c> and of the scenario's own events.</param>
internal sealed record SummitForkedLine(int Round, long ParentSeed, long Seed, int MaxRounds, double Noise, ForkEvents Events)
    : TranscriptLine(Round);

internal sealed record CountryAnsweredLine(int Round, string Country, bool Accepts, double DraftUtility, double Aspiration,
    OrderedDictionary<string, string[]> Commitments, OrderedDictionary<string, string> Amendments, int Concessions, double Risk,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OrderedDictionary<string, string?>? Proposal = null)
    : TranscriptLine(Round);

internal sealed record DraftRevisedLine(int Round, OrderedDictionary<string, string?> Draft, string[] Converged) : TranscriptLine(Round);

internal sealed record SummitConcludedLine(int Round, string Status, OrderedDictionary<string, string?> Agreement,
    OrderedDictionary<string, double> Utilities, ClubJson[] Clubs) : TranscriptLine(Round);

internal sealed record EventFiredLine(int Round, string Event, string Title) : TranscriptLine(Round);

/// <param name="Effects">Every country's gain or cost on the mediator's next text, third parties included.</param>
internal sealed record TradeAgreedLine(int Round, LedgerEntry First, LedgerEntry Second, OrderedDictionary<string, double> Effects)
    : TranscriptLine(Round);

internal sealed record TrackAgreedLine(int Round, string Track, string Issue, string[] Options) : TranscriptLine(Round);

internal sealed record ClubFormedLine(int Round, string Issue, string Standard, int FormedRound, string[] Members) : TranscriptLine(Round);

internal sealed record ClubJoinedLine(int Round, string Issue, string Standard, string Country) : TranscriptLine(Round);

internal sealed record OfferTabledLine(int Round, string Country, OrderedDictionary<string, string?> Offer) : TranscriptLine(Round);

/// <summary>Who plays a seat from this round on, when it is not (or no longer) a built-in strategy.</summary>
internal sealed record SeatTakenLine(int Round, string Country, string Kind, string By,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null) : TranscriptLine(Round);

/// <summary>The move that follows was played by the AI for a person's or agent's seat that failed.</summary>
internal sealed record SeatPlayedByAiLine(int Round, string Country, string Reason, string Detail) : TranscriptLine(Round);
