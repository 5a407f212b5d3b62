using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Scenarios.Tests.Events;

/// <summary>The <c>leave</c> effect: its syntax (like <c>join</c>'s neighbours, <c>- leave: { country: C }</c>),
/// the loader's checks with file:line:column, and the reports' mark for a country that left.</summary>
public sealed class LeaveEffectTests
{
    private const string Table = MinimalScenario.Text + """

          - id: C
            name: Gamma
            priorities: { tariffs: 1 }
            positions: { tariffs: { high: 0.5, low: 0.5 } }
            reservation: 0.2
        max-rounds: 10
        """;

    /// <summary>The line the first event stands on.</summary>
    private static readonly int First = (Table + "\nevents:\n").Split('\n').Length;

    private static ScenarioLoadResult Load(string events) => ScenarioLoader.LoadText(Table + "\nevents:\n" + events, "walkout.yaml");

    private static Diagnostic Error(string events)
    {
        var loaded = Load(events);
        Assert.True(loaded.HasErrors);
        return loaded.Diagnostics.First(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_leave_effect_reads_into_a_party_leaving()
    {
        var loaded = Load("  - { round: 3, id: walkout, title: Gamma walks out, effects: [ { leave: { country: C } } ] }\n");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(new PartyLeaves("C"), Assert.Single(Assert.Single(loaded.Scenario!.Events).Effects));
    }

    [Fact]
    public void A_misspelt_key_is_reported_where_it_stands()
    {
        var loaded = Load("  - round: 3\n    id: walkout\n    title: Gamma walks out\n    effects:\n      - leave: { contry: C }\n");
        Assert.Null(loaded.Scenario);
        var error = Assert.Single(loaded.Diagnostics, d => d.Message.Contains("unknown key 'contry'"));
        Assert.Equal(("walkout.yaml", First + 4, 18), (error.File, error.Line, error.Column));
        Assert.Contains("did you mean 'country'?", error.Message);
        Assert.Contains(loaded.Diagnostics, d => d.Message.StartsWith("missing required key 'country' in leave effect", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_country_cannot_leave()
    {
        var error = Error("  - { round: 3, id: walkout, title: X, effects: [ { leave: { country: Z } } ] }\n");
        Assert.Equal((First, 71), (error.Line, error.Column));
        Assert.Contains("'Z'", error.Message);
        Assert.Contains("not in the scenario", error.Message);
    }

    [Fact]
    public void A_country_leaves_once_and_is_named_by_no_later_effect()
    {
        var twice = Error("  - { round: 3, id: walkout, title: X, effects: [ { leave: { country: C } } ] }\n" +
                          "  - { round: 5, id: again, title: Y, effects: [ { leave: { country: C } } ] }\n");
        Assert.Equal(First + 1, twice.Line);
        Assert.Contains("no longer at the table: it left the summit in round 3 (event 'walkout')", twice.Message);
        var later = Error("  - { round: 3, id: walkout, title: X, effects: [ { leave: { country: C } } ] }\n" +
                          "  - { round: 5, id: price, title: Y, effects: [ { reservation: { country: C, value: 0.5 } } ] }\n");
        Assert.Contains("no longer at the table", later.Message);
    }

    [Fact]
    public void A_country_cannot_leave_before_it_joins()
    {
        var error = Error("  - { round: 2, id: walkout, title: X, effects: [ { leave: { country: D } } ] }\n" +
                          "  - round: 4\n    id: d-joins\n    title: D joins\n    effects:\n      - join: { id: D, name: Delta, priorities: { tariffs: 1 }, positions: { tariffs: { high: 1, low: 0 } }, reservation: 0.2 }\n");
        Assert.Contains("not at the table yet: it joins in round 4 (event 'd-joins')", error.Message);
    }

    [Fact]
    public void Two_countries_must_stay_at_the_table()
    {
        var error = Error("  - { round: 3, id: walkout, title: X, effects: [ { leave: { country: C } }, { leave: { country: B } } ] }\n");
        Assert.Contains("cannot leave in round 3 (event 'walkout'): a summit needs at least two countries", error.Message);
    }

    /// <summary>An inject read against a table where the country has already left (the fork line's reading too).</summary>
    [Fact]
    public void An_inject_cannot_make_a_country_leave_that_has_left()
    {
        var scenario = Load("  - { round: 2, id: walkout, title: X, effects: [ { leave: { country: C } } ] }\n").Scenario!;
        var (evt, diagnostics) = EventSyntax.Read("{round: 4, id: again, effects: [{leave: {country: C}}]}", scenario, 4, "--inject");
        Assert.Null(evt);
        Assert.Contains(diagnostics, d => d.Message.Contains("left the summit in round 2"));
        Assert.NotNull(EventSyntax.Read("{round: 4, id: ab, effects: [{leave: {country: B}}]}", Load("  - { round: 9, id: noop, title: X, effects: [ { reservation: { country: A, value: 0.2 } } ] }\n").Scenario!, 4).Event);
    }

    [Fact]
    public void The_reports_mark_the_country_that_left_and_still_give_its_utility()
    {
        var run = SummitRunner.Run(Load("  - { round: 2, id: walkout, title: Gamma walks out, effects: [ { leave: { country: C } } ] }\n").Scenario!);
        var report = new RunReport(run.Scenario, run.Transcript);
        Assert.Contains("| Gamma (C), left in round 2 | ", report.PactMarkdown());
        Assert.Contains("\"departed\": {\n    \"C\": 2\n  }", report.ResultJson());
        Assert.Contains("\"C\":", report.ResultJson()[..report.ResultJson().IndexOf("\"departed\"", StringComparison.Ordinal)]);
        Assert.Contains("Gamma (left in round 2)", report.ReportHtml());
        var text = report.TranscriptJsonl();
        Assert.Contains("- leave: { country: C }\\n", text); // the scenario as it opened, in summit-opened
        var read = TranscriptReader.Read(text, "walkout.jsonl");
        Assert.Equal(text, TranscriptJsonl.Write(read.Rebuild().Scenario, read.Rebuild().Transcript));
    }
}
