using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Scenarios.Tests.Limits;

/// <summary>An event typed into the instructor console or given to `fork --inject` meets the
/// scenario loader's limits. Before, ~100 KB of 50,000-deep nesting overflowed the stack and
/// killed the server; a stack overflow cannot be caught, so these would crash the test host.</summary>
public class EventLimitsTests
{
    private static Scenario Seed() => ScenarioLoader.LoadFile(TestFiles.ValidScenarioPath).Scenario!;

    private static EventSyntaxException Refused(string text) =>
        Assert.Throws<EventSyntaxException>(() => EventSyntax.Parse(text, Seed(), firstRound: 1));

    [Fact]
    public void The_probes_hundred_KB_of_fifty_thousand_deep_nesting_is_refused()
    {
        var text = new string('[', 50_000) + new string(']', 50_000);
        Assert.Contains("longer than 64 KiB", Refused(text).Message);
    }

    [Fact]
    public void Twelve_thousand_nested_flow_mappings_within_the_size_limit_stop_at_the_depth_limit()
    {
        var text = "{round: 2, id: deep, effects: [" + string.Concat(Enumerable.Repeat("{a: ", 12_000)) + "1" + new string('}', 12_000) + "]}";

        var error = Refused(text);

        Assert.Contains("nesting deeper than 64 levels", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Twenty_five_thousand_nested_block_sequences_are_refused_too()
    {
        // 100 KB: "- " 50,000 times on one line is block nesting, not flow.
        var text = "round: 2\nid: deep\neffects:\n" + string.Concat(Enumerable.Repeat("- ", 25_000)) + "x\n";
        Assert.Contains("nesting deeper than 64 levels", Refused(text).Message);
    }

    [Fact]
    public void Text_over_the_event_limit_is_refused_before_parsing()
    {
        var text = "{round: 2, id: big, title: '" + new string('x', 70_000) + "', effects: []}";
        Assert.Contains("longer than 64 KiB", Refused(text).Message);
    }

    [Fact]
    public void A_deep_event_inside_a_transcripts_fork_line_is_a_transcript_error()
    {
        var run = SummitRunner.Run(Seed());
        var text = TranscriptJsonl.Write(run.Scenario, run.Transcript);
        var lines = text.Split('\n').ToList();
        var concluded = lines.FindIndex(l => l.Contains("\"summit-concluded\""));
        // JSON's own depth limit (64) holds before the event parser sees it.
        var deep = new string('[', 200) + new string(']', 200);
        lines.Insert(concluded, $"{{\"type\":\"summit-forked\",\"round\":1,\"seed\":1,\"parentSeed\":1,\"maxRounds\":12,\"noise\":0,\"events\":[{deep}]}}");

        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read(string.Join('\n', lines), "t.jsonl"));
        Assert.Equal(concluded + 1, error.Line);
        Assert.Contains("not JSON", error.Message);
    }

    [Theory]
    [InlineData("{round: 2, id: \"A');alert(1);//\", effects: [{reservation: {country: US, value: 0.3}}]}", "id of the event 'A');alert(1);//' has a quote mark (') at character 2")]
    [InlineData("{round: 2, id: \"a b\", effects: [{reservation: {country: US, value: 0.3}}]}", "id of the event 'a b' has a space at character 2")]
    [InlineData("{round: 2, id: \"a\\u200Bb\", effects: [{reservation: {country: US, value: 0.3}}]}", "id of the event 'a\\u200Bb' has U+200B at character 2")]
    [InlineData("{round: 2, id: x, title: \"\\e[2J\", effects: [{reservation: {country: US, value: 0.3}}]}", "title of event 'x' holds control character U+001B at character 1")]
    [InlineData("{round: 2, id: x, title: \"abc\\u202Edef\", effects: [{reservation: {country: US, value: 0.3}}]}", "title of event 'x' holds bidirectional control U+202E")]
    [InlineData("{round: 2, round: 3, id: x, effects: [{reservation: {country: US, value: 0.3}}]}", "duplicate key 'round'")]
    [InlineData("!!binary {round: 2, id: x, effects: [{reservation: {country: US, value: 0.3}}]}", "YAML tag")]
    [InlineData("", "holds no YAML document; expected one event")]
    public void Ids_titles_and_form_are_checked_like_a_scenarios(string text, string expected)
    {
        Assert.Contains(expected, Refused(text).Message);
    }

    [Fact]
    public void A_well_formed_event_still_parses()
    {
        var evt = EventSyntax.Parse("{round: 3, id: shock.2_b, title: Gallium shock, effects: [{reservation: {country: US, value: 0.3}}]}", Seed(), 1);
        Assert.Equal(("shock.2_b", "Gallium shock", 3), (evt.Id, evt.Title, evt.Round));
    }
}
