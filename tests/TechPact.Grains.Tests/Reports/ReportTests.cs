using System.Text.Json;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Grains.Tests.Reports;

public sealed class ReportTests
{
    private static readonly Scenario Scenario = SmallSummit.Create(7);
    private static readonly Summit Finished = SummitRunner.Run(Scenario);

    /// <summary>A partial pact by hand: data-flows and chip-supply agreed, the other two open.</summary>
    private static readonly TranscriptEvent[] Partial =
    [
        new SummitOpened(Scenario.Id, 42, 5, NegotiationRules.SingleNegotiatingText, new Package([1, 1, 1, 1])),
        new SummitConcluded(5, SummitStatus.Partial, new Package([1, Package.Open, 0, Package.Open]), [0.25, 0.5, 0.125]),
    ];

    [Fact]
    public void Transcript_has_one_object_per_event_with_type_first_and_ids_not_indices()
    {
        var text = TranscriptJsonl.Write(Scenario, Finished.Transcript);
        var lines = text.Split('\n');
        Assert.Equal(Finished.Transcript.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        foreach (var line in lines[..^1])
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal("type", doc.RootElement.EnumerateObject().First().Name);
        }
        using var answer = JsonDocument.Parse(lines[1]);
        Assert.Equal("country-answered", answer.RootElement.GetProperty("type").GetString());
        Assert.Equal("US", answer.RootElement.GetProperty("country").GetString());
        var commitments = answer.RootElement.GetProperty("commitments");
        Assert.Equal(Scenario.Issues.Select(i => i.Id), commitments.EnumerateObject().Select(p => p.Name));
        var optionIds = Scenario.Issues.SelectMany(i => i.Options.Select(o => o.Id)).ToHashSet();
        Assert.All(commitments.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()), o => Assert.Contains(o.GetString()!, optionIds));
    }

    [Fact]
    public void Reports_are_byte_stable()
    {
        var again = SummitRunner.Run(Scenario);
        Assert.Equal(TranscriptJsonl.Write(Scenario, Finished.Transcript), TranscriptJsonl.Write(Scenario, again.Transcript));
        Assert.Equal(ResultJson.Write(Scenario, Finished.Transcript), ResultJson.Write(Scenario, again.Transcript));
        Assert.Equal(PactMarkdown.Write(Scenario, Finished.Transcript), PactMarkdown.Write(Scenario, again.Transcript));
    }

    [Fact]
    public void Result_has_the_contract_keys_in_order_and_omits_open_issues()
    {
        using var doc = JsonDocument.Parse(ResultJson.Write(Scenario, Partial));
        var root = doc.RootElement;
        Assert.Equal(["scenario", "seed", "status", "rounds", "agreement", "utilities"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("small-summit", root.GetProperty("scenario").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal("partial", root.GetProperty("status").GetString());
        Assert.Equal(5, root.GetProperty("rounds").GetInt32());
        Assert.Equal(["data-flows", "chip-supply"], root.GetProperty("agreement").EnumerateObject().Select(p => p.Name));
        Assert.Equal("safeguards", root.GetProperty("agreement").GetProperty("data-flows").GetString());
        Assert.Equal(0.125, root.GetProperty("utilities").GetProperty("KR").GetDouble());
    }

    [Fact]
    public void Result_statuses_use_the_contract_words()
    {
        Assert.Contains("\"status\": \"agreement\"", ResultJson.Write(Scenario, Finished.Transcript));
        Assert.Equal("no-agreement", RunOutcome.StatusName(SummitStatus.NoAgreement));
    }

    [Fact]
    public void A_runs_full_result_has_its_sections_after_the_fixed_keys()
    {
        using var doc = JsonDocument.Parse(new RunReport(Scenario, Finished.Transcript).ResultJson());
        Assert.Equal(["scenario", "seed", "status", "rounds", "agreement", "utilities", "analysis", "clubs", "ledger"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Contains(doc.RootElement.GetProperty("analysis").GetProperty("paretoOptimal").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }

    [Fact]
    public void Pact_lists_agreed_standards_open_items_and_reservations()
    {
        var md = PactMarkdown.Write(Scenario, Partial);
        Assert.StartsWith("# Small summit – test fixture\n", md);
        Assert.Contains("**partial**", md);
        Assert.Contains(Scenario.Issues[0].Options[1].Standard, md);
        Assert.Contains(Scenario.Issues[2].Options[0].Standard, md);
        Assert.DoesNotContain("### " + Scenario.Issues[1].Title, md);
        Assert.Contains("- " + Scenario.Issues[1].Title + "\n", md);
        Assert.Contains("| Republic of Korea (KR) | 0.125 | 0.300 | no |", md);
    }

    [Fact]
    public void An_unfinished_run_has_no_result()
    {
        Assert.Throws<ArgumentException>(() => ResultJson.Write(Scenario, Partial.Take(1)));
    }
}
