using System.Text.Json;
using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Linkage;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>result.json's <c>ledger</c> key: every logrolling trade, both sides.</summary>
public sealed class LedgerSection(IEnumerable<LedgerEntry> ledger) : IResultSection
{
    public string Name => "ledger";

    public void WriteValue(Utf8JsonWriter writer) => LedgerJson.Write(writer, ledger);

    public static LedgerSection From(IEnumerable<TranscriptEvent> transcript) =>
        new(transcript.OfType<TradeAgreed>().SelectMany(t => new[] { t.First, t.Second }));
}

/// <summary>result.json's <c>clubs</c> key: each standards club at the end and who is in.</summary>
public sealed class ClubsSection(Scenario scenario, IEnumerable<Club> clubs) : IResultSection
{
    public string Name => "clubs";

    public void WriteValue(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var club in clubs) ClubJson.Write(writer, scenario, club);
        writer.WriteEndArray();
    }

    public static ClubsSection From(Scenario scenario, IEnumerable<TranscriptEvent> transcript) =>
        new(scenario, transcript.OfType<SummitConcluded>().LastOrDefault()?.Clubs ?? []);
}
