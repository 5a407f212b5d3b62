using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports.Json;

namespace TechPact.Scenarios.Tests.Reports;

/// <summary>The transcript's one table of event types: a transcript can hold no engine event that has no
/// line, and no line type is missing from the JSON contract.</summary>
public sealed class TranscriptContractTests
{
    [Fact]
    public void Every_engine_event_has_a_line()
    {
        var engine = typeof(TranscriptEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TranscriptEvent)) && !t.IsAbstract);
        Assert.Equal(engine.Select(t => t.Name).Order(StringComparer.Ordinal), TranscriptLines.EventTypes.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_line_has_its_type_in_the_contract_and_no_two_share_one()
    {
        var lines = typeof(TranscriptLine).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TranscriptLine)) && !t.IsAbstract).ToList();
        var registered = ReportJson.Contract.TranscriptLine.PolymorphismOptions!.DerivedTypes;
        Assert.Equal(lines.Select(t => t.Name).Order(StringComparer.Ordinal), registered.Select(d => d.DerivedType.Name).Order(StringComparer.Ordinal));
        Assert.Equal(registered.Count, registered.Select(d => d.TypeDiscriminator).Distinct().Count());
        Assert.Equal(TranscriptLines.EventTypes.Count(), lines.Count);
    }
}
